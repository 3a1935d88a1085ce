package dev.simplexscript.protocol.command;

/**
 * Create bot address. Network: interactive.
 *
 * <p>{@code /_address <userId>}
 *
 * <p>Responses: userContactLinkCreated, chatCmdError.
 */
public record APICreateMyAddress(long userId) implements ChatCommand {}
