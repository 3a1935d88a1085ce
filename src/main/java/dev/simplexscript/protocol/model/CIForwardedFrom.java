package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Union;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@Union
public sealed interface CIForwardedFrom {
    /** Optional (null when absent): contactId, chatItemId. */
    @JsonTypeName("contact")
    record Contact(
            String chatName, MsgDirection msgDir, Long contactId, Long chatItemId, @Extra Map<String, JsonNode> extra)
            implements CIForwardedFrom {}

    /** Optional (null when absent): groupId, chatItemId. */
    @JsonTypeName("group")
    record Group(
            String chatName, MsgDirection msgDir, Long groupId, Long chatItemId, @Extra Map<String, JsonNode> extra)
            implements CIForwardedFrom {}

    /** A tag this version does not know (or the documented {@code "unknown"} tag), kept as received. */
    record Unknown(String type, JsonNode raw) implements CIForwardedFrom, UnknownVariant {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Unknown of(ObjectNode raw) {
            return new Unknown(UnknownVariant.tagOf(raw), raw);
        }
    }
}
