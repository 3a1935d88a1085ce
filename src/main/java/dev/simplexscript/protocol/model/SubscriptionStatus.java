package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Union;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@Union
public sealed interface SubscriptionStatus {
    @JsonTypeName("active")
    record Active(@Extra Map<String, JsonNode> extra) implements SubscriptionStatus {
        public Active() { this(Map.of()); }
    }

    @JsonTypeName("pending")
    record Pending(@Extra Map<String, JsonNode> extra) implements SubscriptionStatus {
        public Pending() { this(Map.of()); }
    }

    @JsonTypeName("removed")
    record Removed(String subError, @Extra Map<String, JsonNode> extra) implements SubscriptionStatus {}

    @JsonTypeName("noSub")
    record NoSub(@Extra Map<String, JsonNode> extra) implements SubscriptionStatus {
        public NoSub() { this(Map.of()); }
    }

    /** A tag this version does not know, kept as received so nothing is lost. */
    record Unknown(String type, JsonNode raw) implements SubscriptionStatus, UnknownVariant {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Unknown of(ObjectNode raw) {
            return new Unknown(UnknownVariant.tagOf(raw), raw);
        }
    }
}
