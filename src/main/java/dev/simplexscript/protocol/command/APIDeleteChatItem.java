package dev.simplexscript.protocol.command;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Delete message. Network: background.
 *
 * <p>{@code /_delete item <str(chatRef)> <chatItemIds[0]>[,<chatItemIds[1]>...] broadcast|internal|internalMark}
 *
 * <p>Responses: chatItemsDeleted, chatCmdError.
 */
public record APIDeleteChatItem(
        JsonNode chatRef,
        List<Long> chatItemIds,
        CIDeleteMode deleteMode) implements ChatCommand {}
