package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Union;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An error of the SMP agent (network, servers, files); nested agent error types are kept as raw
 * JSON.
 */
@Union
public sealed interface AgentErrorType {
    @JsonTypeName("CMD")
    record Cmd(JsonNode cmdErr, JsonNode errContext, @Extra Map<String, JsonNode> extra) implements AgentErrorType {}

    @JsonTypeName("CONN")
    record Conn(JsonNode connErr, JsonNode errContext, @Extra Map<String, JsonNode> extra) implements AgentErrorType {}

    @JsonTypeName("NO_USER")
    record NoUser(@Extra Map<String, JsonNode> extra) implements AgentErrorType {
        public NoUser() { this(Map.of()); }
    }

    @JsonTypeName("SMP")
    record Smp(String serverAddress, JsonNode smpErr, @Extra Map<String, JsonNode> extra) implements AgentErrorType {}

    @JsonTypeName("NTF")
    record Ntf(String serverAddress, JsonNode ntfErr, @Extra Map<String, JsonNode> extra) implements AgentErrorType {}

    @JsonTypeName("XFTP")
    record Xftp(String serverAddress, JsonNode xftpErr, @Extra Map<String, JsonNode> extra) implements AgentErrorType {}

    @JsonTypeName("FILE")
    record File(JsonNode fileErr, @Extra Map<String, JsonNode> extra) implements AgentErrorType {}

    @JsonTypeName("PROXY")
    record Proxy(String proxyServer, String relayServer, JsonNode proxyErr, @Extra Map<String, JsonNode> extra)
            implements AgentErrorType {}

    @JsonTypeName("RCP")
    record Rcp(JsonNode rcpErr, @Extra Map<String, JsonNode> extra) implements AgentErrorType {}

    @JsonTypeName("BROKER")
    record Broker(String brokerAddress, JsonNode brokerErr, @Extra Map<String, JsonNode> extra)
            implements AgentErrorType {}

    @JsonTypeName("AGENT")
    record Agent(JsonNode agentErr, @Extra Map<String, JsonNode> extra) implements AgentErrorType {}

    /** Optional (null when absent): expiresAt. */
    @JsonTypeName("NOTICE")
    record Notice(String server, boolean preset, String expiresAt, @Extra Map<String, JsonNode> extra)
            implements AgentErrorType {}

    @JsonTypeName("INTERNAL")
    record Internal(JsonNode internalErr, @Extra Map<String, JsonNode> extra) implements AgentErrorType {}

    @JsonTypeName("CRITICAL")
    record Critical(boolean offerRestart, JsonNode criticalErr, @Extra Map<String, JsonNode> extra)
            implements AgentErrorType {}

    @JsonTypeName("INACTIVE")
    record Inactive(@Extra Map<String, JsonNode> extra) implements AgentErrorType {
        public Inactive() { this(Map.of()); }
    }

    /** A tag this version does not know, kept as received so nothing is lost. */
    record Unknown(String type, JsonNode raw) implements AgentErrorType, UnknownVariant {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Unknown of(ObjectNode raw) {
            return new Unknown(UnknownVariant.tagOf(raw), raw);
        }
    }
}
