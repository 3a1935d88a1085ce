package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Union;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@Union
public sealed interface SndError {
    @JsonTypeName("auth")
    record Auth(@Extra Map<String, JsonNode> extra) implements SndError {
        public Auth() { this(Map.of()); }
    }

    @JsonTypeName("quota")
    record Quota(@Extra Map<String, JsonNode> extra) implements SndError {
        public Quota() { this(Map.of()); }
    }

    @JsonTypeName("expired")
    record Expired(@Extra Map<String, JsonNode> extra) implements SndError {
        public Expired() { this(Map.of()); }
    }

    @JsonTypeName("relay")
    record Relay(SrvError srvError, @Extra Map<String, JsonNode> extra) implements SndError {}

    @JsonTypeName("proxy")
    record Proxy(String proxyServer, SrvError srvError, @Extra Map<String, JsonNode> extra) implements SndError {}

    @JsonTypeName("proxyRelay")
    record ProxyRelay(String proxyServer, SrvError srvError, @Extra Map<String, JsonNode> extra) implements SndError {}

    @JsonTypeName("other")
    record Other(String sndError, @Extra Map<String, JsonNode> extra) implements SndError {}

    /** A tag this version does not know, kept as received so nothing is lost. */
    record Unknown(String type, JsonNode raw) implements SndError, UnknownVariant {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Unknown of(ObjectNode raw) {
            return new Unknown(UnknownVariant.tagOf(raw), raw);
        }
    }
}
