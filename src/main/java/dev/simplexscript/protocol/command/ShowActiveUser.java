package dev.simplexscript.protocol.command;

import dev.simplexscript.protocol.model.jackson.Wire;

/**
 * Get active user profile. Network: no.
 *
 * <p>{@code /user}
 *
 * <p>Responses: activeUser, chatCmdError.
 */
@Wire
public record ShowActiveUser() implements ChatCommand {}
