package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Union;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@Union
public sealed interface InvitedBy {
    @JsonTypeName("contact")
    record Contact(long byContactId, @Extra Map<String, JsonNode> extra) implements InvitedBy {}

    @JsonTypeName("user")
    record User(@Extra Map<String, JsonNode> extra) implements InvitedBy {
        public User() { this(Map.of()); }
    }

    /** A tag this version does not know (or the documented {@code "unknown"} tag), kept as received. */
    record Unknown(String type, JsonNode raw) implements InvitedBy, UnknownVariant {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Unknown of(ObjectNode raw) {
            return new Unknown(UnknownVariant.tagOf(raw), raw);
        }
    }
}
