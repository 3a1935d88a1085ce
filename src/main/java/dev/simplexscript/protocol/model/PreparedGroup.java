package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Optional (null when absent): welcomeSharedMsgId, requestSharedMsgId. */
@Wire
public record PreparedGroup(
        CreatedConnLink connLinkToConnect, boolean connLinkPreparedConnection, boolean connLinkStartedConnection,
        String welcomeSharedMsgId, String requestSharedMsgId, @Extra Map<String, JsonNode> extra) {}
