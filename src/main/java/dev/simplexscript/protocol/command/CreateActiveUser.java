package dev.simplexscript.protocol.command;

import tools.jackson.databind.JsonNode;

/**
 * Create new user profile. Network: no.
 *
 * <p>{@code /_create user <json(newUser)>}
 *
 * <p>Responses: activeUser, chatCmdError.
 */
public record CreateActiveUser(JsonNode newUser) implements ChatCommand {}
