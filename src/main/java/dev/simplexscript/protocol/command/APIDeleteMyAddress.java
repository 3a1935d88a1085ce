package dev.simplexscript.protocol.command;

import dev.simplexscript.protocol.model.jackson.Wire;

/**
 * Delete bot address. Network: background.
 *
 * <p>{@code /_delete_address <userId>}
 *
 * <p>Responses: userContactLinkDeleted, chatCmdError.
 */
@Wire
public record APIDeleteMyAddress(long userId) implements ChatCommand {}
