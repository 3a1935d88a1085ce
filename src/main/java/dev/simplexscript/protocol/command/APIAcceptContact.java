package dev.simplexscript.protocol.command;

import dev.simplexscript.protocol.model.jackson.Wire;

/**
 * Accept contact request. Network: interactive.
 *
 * <p>{@code /_accept <contactReqId>}
 *
 * <p>Responses: acceptingContactRequest, chatCmdError.
 */
@Wire
public record APIAcceptContact(long contactReqId) implements ChatCommand {}
