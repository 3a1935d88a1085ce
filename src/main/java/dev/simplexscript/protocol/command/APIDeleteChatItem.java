package dev.simplexscript.protocol.command;

import dev.simplexscript.protocol.model.CIDeleteMode;
import dev.simplexscript.protocol.model.ChatRef;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.List;

/**
 * Delete message. Network: background.
 *
 * <p>{@code /_delete item <str(chatRef)> <chatItemIds[0]>[,<chatItemIds[1]>...] broadcast|internal|internalMark}
 *
 * <p>Responses: chatItemsDeleted, chatCmdError.
 */
@Wire
public record APIDeleteChatItem(
        ChatRef chatRef,
        List<Long> chatItemIds,
        CIDeleteMode deleteMode) implements ChatCommand {}
