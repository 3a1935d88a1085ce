package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Union;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@Union
public sealed interface GroupChatScopeInfo {
    /** Optional (null when absent): groupMember_. */
    @JsonTypeName("memberSupport")
    record MemberSupport(GroupMember groupMember_, @Extra Map<String, JsonNode> extra) implements GroupChatScopeInfo {}

    /** A tag this version does not know, kept as received so nothing is lost. */
    record Unknown(String type, JsonNode raw) implements GroupChatScopeInfo, UnknownVariant {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Unknown of(ObjectNode raw) {
            return new Unknown(UnknownVariant.tagOf(raw), raw);
        }
    }
}
