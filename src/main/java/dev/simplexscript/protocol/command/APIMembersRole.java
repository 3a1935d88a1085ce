package dev.simplexscript.protocol.command;

import java.util.List;

/**
 * Set members role. Requires Admin role. Network: background.
 *
 * <p>{@code /_member role #<groupId> <groupMemberIds[0]>[,<groupMemberIds[1]>...] observer|author|member|moderator|admin|owner}
 *
 * <p>Responses: membersRoleUser, chatCmdError.
 */
public record APIMembersRole(
        long groupId,
        List<Long> groupMemberIds,
        GroupMemberRole memberRole) implements ChatCommand {}
