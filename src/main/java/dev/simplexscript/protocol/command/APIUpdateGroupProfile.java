package dev.simplexscript.protocol.command;

import tools.jackson.databind.JsonNode;

/**
 * Update group profile. Network: background.
 *
 * <p>{@code /_group_profile #<groupId> <json(groupProfile)>}
 *
 * <p>Responses: groupUpdated, chatCmdError.
 */
public record APIUpdateGroupProfile(long groupId, JsonNode groupProfile) implements ChatCommand {}
