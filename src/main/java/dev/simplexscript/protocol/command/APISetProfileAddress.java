package dev.simplexscript.protocol.command;

/**
 * Add address to bot profile. Network: interactive.
 *
 * <p>{@code /_profile_address <userId> on|off}
 *
 * <p>Responses: userProfileUpdated, chatCmdError.
 */
public record APISetProfileAddress(long userId, boolean enable) implements ChatCommand {}
