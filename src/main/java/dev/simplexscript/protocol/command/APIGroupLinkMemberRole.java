package dev.simplexscript.protocol.command;

/**
 * Set member role for group link. Network: no.
 *
 * <p>{@code /_set link role #<groupId> observer|author|member|moderator|admin|owner}
 *
 * <p>Responses: groupLink, chatCmdError.
 */
public record APIGroupLinkMemberRole(long groupId, GroupMemberRole memberRole) implements ChatCommand {}
