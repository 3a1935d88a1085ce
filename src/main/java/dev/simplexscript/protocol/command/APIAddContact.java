package dev.simplexscript.protocol.command;

/**
 * Create 1-time invitation link. Network: interactive.
 *
 * <p>{@code /_connect <userId>[ incognito=on]}
 *
 * <p>Responses: invitation, chatCmdError.
 */
public record APIAddContact(long userId, boolean incognito) implements ChatCommand {}
