package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Union;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@Union
public sealed interface GroupChatScope {
    /** Optional (null when absent): groupMemberId_. */
    @JsonTypeName("memberSupport")
    record MemberSupport(Long groupMemberId_, @Extra Map<String, JsonNode> extra) implements GroupChatScope {
        public MemberSupport(Long groupMemberId_) {
            this(groupMemberId_, Map.of());
        }
    }

    /** A tag this version does not know, kept as received so nothing is lost. */
    record Unknown(String type, JsonNode raw) implements GroupChatScope, UnknownVariant {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Unknown of(ObjectNode raw) {
            return new Unknown(UnknownVariant.tagOf(raw), raw);
        }
    }
}
