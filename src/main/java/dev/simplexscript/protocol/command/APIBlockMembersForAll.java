package dev.simplexscript.protocol.command;

import java.util.List;

/**
 * Block members. Requires Moderator role. Network: background.
 *
 * <p>{@code /_block #<groupId> <groupMemberIds[0]>[,<groupMemberIds[1]>...] blocked=on|off}
 *
 * <p>Responses: membersBlockedForAllUser, chatCmdError.
 */
public record APIBlockMembersForAll(
        long groupId,
        List<Long> groupMemberIds,
        boolean blocked) implements ChatCommand {}
