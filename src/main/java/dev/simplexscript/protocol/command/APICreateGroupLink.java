package dev.simplexscript.protocol.command;

import dev.simplexscript.protocol.model.GroupMemberRole;
import dev.simplexscript.protocol.model.jackson.Wire;

/**
 * Create group link. Network: interactive.
 *
 * <p>{@code /_create link #<groupId> observer|author|member|moderator|admin|owner}
 *
 * <p>Responses: groupLinkCreated, chatCmdError.
 */
@Wire
public record APICreateGroupLink(long groupId, GroupMemberRole memberRole) implements ChatCommand {}
