package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Union;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@Union
public sealed interface SrvError {
    @JsonTypeName("host")
    record Host(@Extra Map<String, JsonNode> extra) implements SrvError {
        public Host() { this(Map.of()); }
    }

    @JsonTypeName("version")
    record Version(@Extra Map<String, JsonNode> extra) implements SrvError {
        public Version() { this(Map.of()); }
    }

    @JsonTypeName("other")
    record Other(String srvError, @Extra Map<String, JsonNode> extra) implements SrvError {}

    /** A tag this version does not know, kept as received so nothing is lost. */
    record Unknown(String type, JsonNode raw) implements SrvError, UnknownVariant {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Unknown of(ObjectNode raw) {
            return new Unknown(UnknownVariant.tagOf(raw), raw);
        }
    }
}
