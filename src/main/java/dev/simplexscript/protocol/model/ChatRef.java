package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A chat to send to or act on; its string form in commands is @id, #id, *id or
 * #id(_support[:memberId]).
 * Optional (null when absent): chatScope.
 */
@Wire
public record ChatRef(ChatType chatType, long chatId, GroupChatScope chatScope, @Extra Map<String, JsonNode> extra) {
    public ChatRef(ChatType chatType, long chatId, GroupChatScope chatScope) {
        this(chatType, chatId, chatScope, Map.of());
    }
}
