package dev.simplexscript.protocol.command;

import dev.simplexscript.protocol.model.GroupProfile;
import dev.simplexscript.protocol.model.jackson.Wire;

/**
 * Create group. Network: no.
 *
 * <p>{@code /_group <userId>[ incognito=on] <json(groupProfile)>}
 *
 * <p>Responses: groupCreated, chatCmdError.
 */
@Wire
public record APINewGroup(long userId, boolean incognito, GroupProfile groupProfile) implements ChatCommand {}
