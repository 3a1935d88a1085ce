package dev.simplexscript.protocol.command;

/**
 * Delete user profile. Network: background.
 *
 * <p>{@code /_delete user <userId> del_smp=on|off[ <json(viewPwd)>]}
 *
 * <p>Responses: cmdOk, chatCmdError.
 */
public record APIDeleteUser(long userId, boolean delSMPQueues, String viewPwd) implements ChatCommand {}
