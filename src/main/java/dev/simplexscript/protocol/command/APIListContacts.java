package dev.simplexscript.protocol.command;

/**
 * Get contacts. Network: no.
 *
 * <p>{@code /_contacts <userId>}
 *
 * <p>Responses: contactsList, chatCmdError.
 */
public record APIListContacts(long userId) implements ChatCommand {}
