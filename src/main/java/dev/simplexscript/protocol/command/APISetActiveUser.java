package dev.simplexscript.protocol.command;

/**
 * Set active user profile. Network: no.
 *
 * <p>{@code /_user <userId>[ <json(viewPwd)>]}
 *
 * <p>Responses: activeUser, chatCmdError.
 */
public record APISetActiveUser(long userId, String viewPwd) implements ChatCommand {}
