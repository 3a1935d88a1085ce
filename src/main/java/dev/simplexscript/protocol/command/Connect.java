package dev.simplexscript.protocol.command;

/**
 * Connect via SimpleX link as string in the active user profile. Network: interactive.
 *
 * <p>{@code /connect[ <connLink_>]}
 *
 * <p>Responses: sentConfirmation, contactAlreadyExists, sentInvitation, chatCmdError.
 */
public record Connect(boolean incognito, String connLink_) implements ChatCommand {}
