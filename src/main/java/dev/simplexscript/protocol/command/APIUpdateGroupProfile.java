package dev.simplexscript.protocol.command;

import dev.simplexscript.protocol.model.GroupProfile;
import dev.simplexscript.protocol.model.jackson.Wire;

/**
 * Update group profile. Network: background.
 *
 * <p>{@code /_group_profile #<groupId> <json(groupProfile)>}
 *
 * <p>Responses: groupUpdated, chatCmdError.
 */
@Wire
public record APIUpdateGroupProfile(long groupId, GroupProfile groupProfile) implements ChatCommand {}
