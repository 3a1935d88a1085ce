package dev.simplexscript.protocol.command;

import dev.simplexscript.protocol.model.ChatRef;
import dev.simplexscript.protocol.model.ComposedMessage;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.List;

/**
 * Send messages. Network: background.
 *
 * <p>{@code /_send <str(sendRef)>[ live=on][ ttl=<ttl>] json <json(composedMessages)>}
 *
 * <p>Responses: newChatItems, chatCmdError.
 */
@Wire
public record APISendMessages(
        ChatRef sendRef,
        boolean liveMessage,
        Integer ttl,
        List<ComposedMessage> composedMessages) implements ChatCommand {}
