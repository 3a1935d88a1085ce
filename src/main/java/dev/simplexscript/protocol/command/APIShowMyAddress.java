package dev.simplexscript.protocol.command;

import dev.simplexscript.protocol.model.jackson.Wire;

/**
 * Get bot address and settings. Network: no.
 *
 * <p>{@code /_show_address <userId>}
 *
 * <p>Responses: userContactLink, chatCmdError.
 */
@Wire
public record APIShowMyAddress(long userId) implements ChatCommand {}
