package dev.simplexscript.protocol.command;

/**
 * Join group. Network: interactive.
 *
 * <p>{@code /_join #<groupId>}
 *
 * <p>Responses: userAcceptedGroupSent, chatCmdError.
 */
public record APIJoinGroup(long groupId) implements ChatCommand {}
