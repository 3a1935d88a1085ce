package dev.simplexscript.protocol.command;

/**
 * Delete bot address. Network: background.
 *
 * <p>{@code /_delete_address <userId>}
 *
 * <p>Responses: userContactLinkDeleted, chatCmdError.
 */
public record APIDeleteMyAddress(long userId) implements ChatCommand {}
