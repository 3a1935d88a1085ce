package dev.simplexscript.protocol.command;

/**
 * Leave group. Network: background.
 *
 * <p>{@code /_leave #<groupId>}
 *
 * <p>Responses: leftMemberUser, chatCmdError.
 */
public record APILeaveGroup(long groupId) implements ChatCommand {}
