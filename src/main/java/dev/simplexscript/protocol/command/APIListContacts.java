package dev.simplexscript.protocol.command;

import dev.simplexscript.protocol.model.jackson.Wire;

/**
 * Get contacts. Network: no.
 *
 * <p>{@code /_contacts <userId>}
 *
 * <p>Responses: contactsList, chatCmdError.
 */
@Wire
public record APIListContacts(long userId) implements ChatCommand {}
