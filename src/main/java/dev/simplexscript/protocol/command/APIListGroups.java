package dev.simplexscript.protocol.command;

import dev.simplexscript.protocol.model.jackson.Wire;

/**
 * Get groups. Network: no.
 *
 * <p>{@code /_groups <userId>[ @<contactId_>][ <search>]}
 *
 * <p>Responses: groupsList, chatCmdError.
 */
@Wire
public record APIListGroups(long userId, Long contactId_, String search) implements ChatCommand {}
