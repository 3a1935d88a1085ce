package dev.simplexscript.protocol.command;

import dev.simplexscript.protocol.model.jackson.Wire;

/**
 * Join group. Network: interactive.
 *
 * <p>{@code /_join #<groupId>}
 *
 * <p>Responses: userAcceptedGroupSent, chatCmdError.
 */
@Wire
public record APIJoinGroup(long groupId) implements ChatCommand {}
