package dev.simplexscript.protocol.command;

/**
 * Accept contact request. Network: interactive.
 *
 * <p>{@code /_accept <contactReqId>}
 *
 * <p>Responses: acceptingContactRequest, chatCmdError.
 */
public record APIAcceptContact(long contactReqId) implements ChatCommand {}
