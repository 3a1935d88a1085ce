package dev.simplexscript.protocol.command;

import dev.simplexscript.protocol.model.jackson.Wire;

/**
 * Connect via SimpleX link as string in the active user profile. Network: interactive.
 *
 * <p>{@code /connect[ <connLink_>]}
 *
 * <p>Responses: sentConfirmation, contactAlreadyExists, sentInvitation, chatCmdError.
 */
@Wire
public record Connect(boolean incognito, String connLink_) implements ChatCommand {}
