package dev.simplexscript.protocol.command;

import dev.simplexscript.protocol.model.jackson.Wire;

/**
 * Add address to bot profile. Network: interactive.
 *
 * <p>{@code /_profile_address <userId> on|off}
 *
 * <p>Responses: userProfileUpdated, chatCmdError.
 */
@Wire
public record APISetProfileAddress(long userId, boolean enable) implements ChatCommand {}
