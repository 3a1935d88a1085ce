package dev.simplexscript.protocol.command;

import dev.simplexscript.protocol.model.GroupMemberRole;
import dev.simplexscript.protocol.model.jackson.Wire;

/**
 * Accept group member. Requires Admin role. Network: background.
 *
 * <p>{@code /_accept member #<groupId> <groupMemberId> observer|author|member|moderator|admin|owner}
 *
 * <p>Responses: memberAccepted, chatCmdError.
 */
@Wire
public record APIAcceptMember(
        long groupId,
        long groupMemberId,
        GroupMemberRole memberRole) implements ChatCommand {}
