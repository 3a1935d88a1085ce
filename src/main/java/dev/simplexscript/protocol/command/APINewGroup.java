package dev.simplexscript.protocol.command;

import tools.jackson.databind.JsonNode;

/**
 * Create group. Network: no.
 *
 * <p>{@code /_group <userId>[ incognito=on] <json(groupProfile)>}
 *
 * <p>Responses: groupCreated, chatCmdError.
 */
public record APINewGroup(long userId, boolean incognito, JsonNode groupProfile) implements ChatCommand {}
