package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Optional (null when absent): relayLink. */
@Wire
public record GroupRelay(
        long groupRelayId, long groupMemberId, long userChatRelayId, RelayStatus relayStatus, String relayLink,
        @Extra Map<String, JsonNode> extra) {}
