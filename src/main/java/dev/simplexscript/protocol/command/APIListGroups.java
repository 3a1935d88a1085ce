package dev.simplexscript.protocol.command;

/**
 * Get groups. Network: no.
 *
 * <p>{@code /_groups <userId>[ @<contactId_>][ <search>]}
 *
 * <p>Responses: groupsList, chatCmdError.
 */
public record APIListGroups(long userId, Long contactId_, String search) implements ChatCommand {}
