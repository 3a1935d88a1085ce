package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Union;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An error of the chat core: a chat-level error, an agent (network) error or a store
 * (database/lookup) error.
 */
@Union
public sealed interface ChatError {
    @JsonTypeName("error")
    record Error(ChatErrorType errorType, @Extra Map<String, JsonNode> extra) implements ChatError {}

    /** Optional (null when absent): connectionEntity_. */
    @JsonTypeName("errorAgent")
    record ErrorAgent(
            AgentErrorType agentError, String agentConnId, ConnectionEntity connectionEntity_,
            @Extra Map<String, JsonNode> extra) implements ChatError {}

    @JsonTypeName("errorStore")
    record ErrorStore(StoreError storeError, @Extra Map<String, JsonNode> extra) implements ChatError {}

    @JsonTypeName("errorDatabase")
    record ErrorDatabase(JsonNode databaseError, @Extra Map<String, JsonNode> extra) implements ChatError {}

    @JsonTypeName("errorRemoteCtrl")
    record ErrorRemoteCtrl(JsonNode remoteCtrlError, @Extra Map<String, JsonNode> extra) implements ChatError {}

    @JsonTypeName("errorRemoteHost")
    record ErrorRemoteHost(JsonNode remoteHostError, @Extra Map<String, JsonNode> extra) implements ChatError {}

    /** A tag this version does not know, kept as received so nothing is lost. */
    record Unknown(String type, JsonNode raw) implements ChatError, UnknownVariant {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Unknown of(ObjectNode raw) {
            return new Unknown(UnknownVariant.tagOf(raw), raw);
        }
    }
}
