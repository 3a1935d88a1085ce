package dev.simplexscript.protocol.command;

/**
 * Get group members. Network: no.
 *
 * <p>{@code /_members #<groupId>}
 *
 * <p>Responses: groupMembers, chatCmdError.
 */
public record APIListMembers(long groupId) implements ChatCommand {}
