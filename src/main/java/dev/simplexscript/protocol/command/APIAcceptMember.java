package dev.simplexscript.protocol.command;

/**
 * Accept group member. Requires Admin role. Network: background.
 *
 * <p>{@code /_accept member #<groupId> <groupMemberId> observer|author|member|moderator|admin|owner}
 *
 * <p>Responses: memberAccepted, chatCmdError.
 */
public record APIAcceptMember(
        long groupId,
        long groupMemberId,
        GroupMemberRole memberRole) implements ChatCommand {}
