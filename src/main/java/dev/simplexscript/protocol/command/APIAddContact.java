package dev.simplexscript.protocol.command;

import dev.simplexscript.protocol.model.jackson.Wire;

/**
 * Create 1-time invitation link. Network: interactive.
 *
 * <p>{@code /_connect <userId>[ incognito=on]}
 *
 * <p>Responses: invitation, chatCmdError.
 */
@Wire
public record APIAddContact(long userId, boolean incognito) implements ChatCommand {}
