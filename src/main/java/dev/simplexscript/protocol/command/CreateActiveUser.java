package dev.simplexscript.protocol.command;

import dev.simplexscript.protocol.model.NewUser;
import dev.simplexscript.protocol.model.jackson.Wire;

/**
 * Create new user profile. Network: no.
 *
 * <p>{@code /_create user <json(newUser)>}
 *
 * <p>Responses: activeUser, chatCmdError.
 */
@Wire
public record CreateActiveUser(NewUser newUser) implements ChatCommand {}
