package dev.simplexscript.protocol.command;

/**
 * Get all user profiles. Network: no.
 *
 * <p>{@code /users}
 *
 * <p>Responses: usersList, chatCmdError.
 */
public record ListUsers() implements ChatCommand {}
