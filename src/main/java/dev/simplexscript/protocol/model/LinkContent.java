package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Union;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@Union
public sealed interface LinkContent {
    @JsonTypeName("page")
    record Page(@Extra Map<String, JsonNode> extra) implements LinkContent {
        public Page() { this(Map.of()); }
    }

    @JsonTypeName("image")
    record Image(@Extra Map<String, JsonNode> extra) implements LinkContent {
        public Image() { this(Map.of()); }
    }

    /** Optional (null when absent): duration. */
    @JsonTypeName("video")
    record Video(Integer duration, @Extra Map<String, JsonNode> extra) implements LinkContent {
        public Video(Integer duration) {
            this(duration, Map.of());
        }
    }

    /** A tag this version does not know, kept as received so nothing is lost. */
    record Unknown(String type, JsonNode raw) implements LinkContent, UnknownVariant {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Unknown of(ObjectNode raw) {
            return new Unknown(UnknownVariant.tagOf(raw), raw);
        }
    }
}
