package dev.simplexscript.protocol.command;

import dev.simplexscript.protocol.model.ChatRef;
import dev.simplexscript.protocol.model.UpdatedMessage;
import dev.simplexscript.protocol.model.jackson.Wire;

/**
 * Update message. Network: background.
 *
 * <p>{@code /_update item <str(chatRef)> <chatItemId>[ live=on] json <json(updatedMessage)>}
 *
 * <p>Responses: chatItemUpdated, chatItemNotChanged, chatCmdError.
 */
@Wire
public record APIUpdateChatItem(
        ChatRef chatRef,
        long chatItemId,
        boolean liveMessage,
        UpdatedMessage updatedMessage) implements ChatCommand {}
