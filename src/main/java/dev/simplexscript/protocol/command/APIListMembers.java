package dev.simplexscript.protocol.command;

import dev.simplexscript.protocol.model.jackson.Wire;

/**
 * Get group members. Network: no.
 *
 * <p>{@code /_members #<groupId>}
 *
 * <p>Responses: groupMembers, chatCmdError.
 */
@Wire
public record APIListMembers(long groupId) implements ChatCommand {}
