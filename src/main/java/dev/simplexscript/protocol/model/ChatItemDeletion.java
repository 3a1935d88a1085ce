package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A deleted item; toChatItem is the item as kept after deletion (marked deleted or moderated),
 * absent when fully removed.
 * Optional (null when absent): toChatItem.
 */
@Wire
public record ChatItemDeletion(AChatItem deletedChatItem, AChatItem toChatItem, @Extra Map<String, JsonNode> extra) {}
