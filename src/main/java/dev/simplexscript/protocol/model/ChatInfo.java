package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Union;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@Union
public sealed interface ChatInfo {
    @JsonTypeName("direct")
    record Direct(Contact contact, @Extra Map<String, JsonNode> extra) implements ChatInfo {}

    /** Optional (null when absent): groupChatScope. */
    @JsonTypeName("group")
    record Group(GroupInfo groupInfo, GroupChatScopeInfo groupChatScope, @Extra Map<String, JsonNode> extra)
            implements ChatInfo {}

    @JsonTypeName("local")
    record Local(NoteFolder noteFolder, @Extra Map<String, JsonNode> extra) implements ChatInfo {}

    @JsonTypeName("contactRequest")
    record ContactRequest(UserContactRequest contactRequest, @Extra Map<String, JsonNode> extra) implements ChatInfo {}

    @JsonTypeName("contactConnection")
    record ContactConnection(PendingContactConnection contactConnection, @Extra Map<String, JsonNode> extra)
            implements ChatInfo {}

    /** A tag this version does not know, kept as received so nothing is lost. */
    record Unknown(String type, JsonNode raw) implements ChatInfo, UnknownVariant {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Unknown of(ObjectNode raw) {
            return new Unknown(UnknownVariant.tagOf(raw), raw);
        }
    }
}
