package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Union;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@Union
public sealed interface FileError {
    @JsonTypeName("auth")
    record Auth(@Extra Map<String, JsonNode> extra) implements FileError {
        public Auth() { this(Map.of()); }
    }

    @JsonTypeName("blocked")
    record Blocked(String server, BlockingInfo blockInfo, @Extra Map<String, JsonNode> extra) implements FileError {}

    @JsonTypeName("noFile")
    record NoFile(@Extra Map<String, JsonNode> extra) implements FileError {
        public NoFile() { this(Map.of()); }
    }

    @JsonTypeName("relay")
    record Relay(SrvError srvError, @Extra Map<String, JsonNode> extra) implements FileError {}

    @JsonTypeName("other")
    record Other(String fileError, @Extra Map<String, JsonNode> extra) implements FileError {}

    /** A tag this version does not know, kept as received so nothing is lost. */
    record Unknown(String type, JsonNode raw) implements FileError, UnknownVariant {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Unknown of(ObjectNode raw) {
            return new Unknown(UnknownVariant.tagOf(raw), raw);
        }
    }
}
