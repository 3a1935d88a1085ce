package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

@Wire
public record ChatStats(
        int unreadCount, int unreadMentions, int reportsCount, long minUnreadItemId, boolean unreadChat,
        @Extra Map<String, JsonNode> extra) {}
