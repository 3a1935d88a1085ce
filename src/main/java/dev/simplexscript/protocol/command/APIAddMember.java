package dev.simplexscript.protocol.command;

/**
 * Add contact to group. Requires bot to have Admin role. Network: interactive.
 *
 * <p>{@code /_add #<groupId> <contactId> observer|author|member|moderator|admin|owner}
 *
 * <p>Responses: sentGroupInvitation, chatCmdError.
 */
public record APIAddMember(long groupId, long contactId, GroupMemberRole memberRole) implements ChatCommand {}
