package dev.simplexscript.protocol.command;

/**
 * Create group link. Network: interactive.
 *
 * <p>{@code /_create link #<groupId> observer|author|member|moderator|admin|owner}
 *
 * <p>Responses: groupLinkCreated, chatCmdError.
 */
public record APICreateGroupLink(long groupId, GroupMemberRole memberRole) implements ChatCommand {}
