package dev.simplexscript.protocol.command;

import dev.simplexscript.protocol.model.ChatRef;
import dev.simplexscript.protocol.model.MsgReaction;
import dev.simplexscript.protocol.model.jackson.Wire;

/**
 * Add/remove message reaction. Network: background.
 *
 * <p>{@code /_reaction <str(chatRef)> <chatItemId> on|off <json(reaction)>}
 *
 * <p>Responses: chatItemReaction, chatCmdError.
 */
@Wire
public record APIChatItemReaction(
        ChatRef chatRef,
        long chatItemId,
        boolean add,
        MsgReaction reaction) implements ChatCommand {}
