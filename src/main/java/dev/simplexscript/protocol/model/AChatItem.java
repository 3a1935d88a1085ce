package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A chat item together with the chat it belongs to: the unit of newChatItems and most item events. */
@Wire
public record AChatItem(ChatInfo chatInfo, ChatItem chatItem, @Extra Map<String, JsonNode> extra) {}
