package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Optional (null when absent): lastMsgFromMemberTs. */
@Wire
public record GroupSupportChat(
        String chatTs, long unread, long memberAttention, long mentions, String lastMsgFromMemberTs,
        @Extra Map<String, JsonNode> extra) {}
