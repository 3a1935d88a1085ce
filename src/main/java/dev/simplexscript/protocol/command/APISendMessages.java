package dev.simplexscript.protocol.command;

import tools.jackson.databind.JsonNode;

/**
 * Send messages. Network: background.
 *
 * <p>{@code /_send <str(sendRef)>[ live=on][ ttl=<ttl>] json <json(composedMessages)>}
 *
 * <p>Responses: newChatItems, chatCmdError.
 */
public record APISendMessages(
        JsonNode sendRef,
        boolean liveMessage,
        Long ttl,
        JsonNode composedMessages) implements ChatCommand {}
