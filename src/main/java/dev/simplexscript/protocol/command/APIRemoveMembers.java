package dev.simplexscript.protocol.command;

import java.util.List;

/**
 * Remove members. Requires Admin role. Network: background.
 *
 * <p>{@code /_remove #<groupId> <groupMemberIds[0]>[,<groupMemberIds[1]>...][ messages=on]}
 *
 * <p>Responses: userDeletedMembers, chatCmdError.
 */
public record APIRemoveMembers(
        long groupId,
        List<Long> groupMemberIds,
        boolean withMessages) implements ChatCommand {}
