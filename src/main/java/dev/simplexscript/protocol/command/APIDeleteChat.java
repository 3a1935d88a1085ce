package dev.simplexscript.protocol.command;

import dev.simplexscript.protocol.model.ChatDeleteMode;
import dev.simplexscript.protocol.model.ChatRef;
import dev.simplexscript.protocol.model.jackson.Wire;

/**
 * Delete chat. Network: background.
 *
 * <p>{@code /_delete <str(chatRef)> <str(chatDeleteMode)>}
 *
 * <p>Responses: contactDeleted, contactConnectionDeleted, groupDeletedUser, chatCmdError.
 */
@Wire
public record APIDeleteChat(ChatRef chatRef, ChatDeleteMode chatDeleteMode) implements ChatCommand {}
