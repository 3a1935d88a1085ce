package dev.simplexscript.protocol.command;

/**
 * Get bot address and settings. Network: no.
 *
 * <p>{@code /_show_address <userId>}
 *
 * <p>Responses: userContactLink, chatCmdError.
 */
public record APIShowMyAddress(long userId) implements ChatCommand {}
