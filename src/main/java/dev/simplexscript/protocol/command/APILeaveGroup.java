package dev.simplexscript.protocol.command;

import dev.simplexscript.protocol.model.jackson.Wire;

/**
 * Leave group. Network: background.
 *
 * <p>{@code /_leave #<groupId>}
 *
 * <p>Responses: leftMemberUser, chatCmdError.
 */
@Wire
public record APILeaveGroup(long groupId) implements ChatCommand {}
