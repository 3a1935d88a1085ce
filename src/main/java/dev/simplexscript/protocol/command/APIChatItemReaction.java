package dev.simplexscript.protocol.command;

import tools.jackson.databind.JsonNode;

/**
 * Add/remove message reaction. Network: background.
 *
 * <p>{@code /_reaction <str(chatRef)> <chatItemId> on|off <json(reaction)>}
 *
 * <p>Responses: chatItemReaction, chatCmdError.
 */
public record APIChatItemReaction(
        JsonNode chatRef,
        long chatItemId,
        boolean add,
        JsonNode reaction) implements ChatCommand {}
