package dev.simplexscript.protocol.command;

import dev.simplexscript.protocol.model.GroupMemberRole;
import dev.simplexscript.protocol.model.jackson.Wire;

/**
 * Set member role for group link. Network: no.
 *
 * <p>{@code /_set link role #<groupId> observer|author|member|moderator|admin|owner}
 *
 * <p>Responses: groupLink, chatCmdError.
 */
@Wire
public record APIGroupLinkMemberRole(long groupId, GroupMemberRole memberRole) implements ChatCommand {}
