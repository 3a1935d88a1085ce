package dev.simplexscript.protocol.command;

import dev.simplexscript.protocol.model.jackson.Wire;

/**
 * Set active user profile. Network: no.
 *
 * <p>{@code /_user <userId>[ <json(viewPwd)>]}
 *
 * <p>Responses: activeUser, chatCmdError.
 */
@Wire
public record APISetActiveUser(long userId, String viewPwd) implements ChatCommand {}
