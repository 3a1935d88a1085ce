package dev.simplexscript.protocol.command;

import tools.jackson.databind.JsonNode;

/**
 * Update message. Network: background.
 *
 * <p>{@code /_update item <str(chatRef)> <chatItemId>[ live=on] json <json(updatedMessage)>}
 *
 * <p>Responses: chatItemUpdated, chatItemNotChanged, chatCmdError.
 */
public record APIUpdateChatItem(
        JsonNode chatRef,
        long chatItemId,
        boolean liveMessage,
        JsonNode updatedMessage) implements ChatCommand {}
