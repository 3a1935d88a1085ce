package dev.simplexscript.protocol.command;

/**
 * Determine SimpleX link type and if the bot is already connected via this link. Network:
 * interactive.
 *
 * <p>{@code /_connect plan <userId> <connectionLink>}
 *
 * <p>Responses: connectionPlan, chatCmdError.
 */
public record APIConnectPlan(long userId, String connectionLink) implements ChatCommand {}
