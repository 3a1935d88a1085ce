package dev.simplexscript.protocol.command;

import tools.jackson.databind.JsonNode;

/**
 * Delete chat. Network: background.
 *
 * <p>{@code /_delete <str(chatRef)> <str(chatDeleteMode)>}
 *
 * <p>Responses: contactDeleted, contactConnectionDeleted, groupDeletedUser, chatCmdError.
 */
public record APIDeleteChat(JsonNode chatRef, JsonNode chatDeleteMode) implements ChatCommand {}
