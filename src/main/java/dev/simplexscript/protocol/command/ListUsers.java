package dev.simplexscript.protocol.command;

import dev.simplexscript.protocol.model.jackson.Wire;

/**
 * Get all user profiles. Network: no.
 *
 * <p>{@code /users}
 *
 * <p>Responses: usersList, chatCmdError.
 */
@Wire
public record ListUsers() implements ChatCommand {}
