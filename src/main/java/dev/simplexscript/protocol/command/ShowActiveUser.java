package dev.simplexscript.protocol.command;

/**
 * Get active user profile. Network: no.
 *
 * <p>{@code /user}
 *
 * <p>Responses: activeUser, chatCmdError.
 */
public record ShowActiveUser() implements ChatCommand {}
