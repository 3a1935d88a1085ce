package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Union;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** How APIDeleteChat deletes: the contact and conversation, only the contact, or only the messages. */
@Union
public sealed interface ChatDeleteMode {
    @JsonTypeName("full")
    record Full(@JsonProperty("notify") boolean notifyPeers, @Extra Map<String, JsonNode> extra)
            implements ChatDeleteMode {
        public Full(boolean notifyPeers) {
            this(notifyPeers, Map.of());
        }
    }

    @JsonTypeName("entity")
    record Entity(@JsonProperty("notify") boolean notifyPeers, @Extra Map<String, JsonNode> extra)
            implements ChatDeleteMode {
        public Entity(boolean notifyPeers) {
            this(notifyPeers, Map.of());
        }
    }

    @JsonTypeName("messages")
    record Messages(@Extra Map<String, JsonNode> extra) implements ChatDeleteMode {
        public Messages() { this(Map.of()); }
    }

    /** A tag this version does not know, kept as received so nothing is lost. */
    record Unknown(String type, JsonNode raw) implements ChatDeleteMode, UnknownVariant {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Unknown of(ObjectNode raw) {
            return new Unknown(UnknownVariant.tagOf(raw), raw);
        }
    }
}
