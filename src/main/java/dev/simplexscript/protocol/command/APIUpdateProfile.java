package dev.simplexscript.protocol.command;

import dev.simplexscript.protocol.model.Profile;
import dev.simplexscript.protocol.model.jackson.Wire;

/**
 * Update user profile. Network: background.
 *
 * <p>{@code /_profile <userId> <json(profile)>}
 *
 * <p>Responses: userProfileUpdated, userProfileNoChange, chatCmdError.
 */
@Wire
public record APIUpdateProfile(long userId, Profile profile) implements ChatCommand {}
