package dev.simplexscript.protocol.command;

import dev.simplexscript.protocol.model.jackson.Wire;

/**
 * Create bot address. Network: interactive.
 *
 * <p>{@code /_address <userId>}
 *
 * <p>Responses: userContactLinkCreated, chatCmdError.
 */
@Wire
public record APICreateMyAddress(long userId) implements ChatCommand {}
