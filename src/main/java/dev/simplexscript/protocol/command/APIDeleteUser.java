package dev.simplexscript.protocol.command;

import dev.simplexscript.protocol.model.jackson.Wire;

/**
 * Delete user profile. Network: background.
 *
 * <p>{@code /_delete user <userId> del_smp=on|off[ <json(viewPwd)>]}
 *
 * <p>Responses: cmdOk, chatCmdError.
 */
@Wire
public record APIDeleteUser(long userId, boolean delSMPQueues, String viewPwd) implements ChatCommand {}
