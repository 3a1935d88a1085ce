package dev.simplexscript.protocol.command;

import tools.jackson.databind.JsonNode;

/**
 * Update user profile. Network: background.
 *
 * <p>{@code /_profile <userId> <json(profile)>}
 *
 * <p>Responses: userProfileUpdated, userProfileNoChange, chatCmdError.
 */
public record APIUpdateProfile(long userId, JsonNode profile) implements ChatCommand {}
