package dev.simplexscript.protocol.command;

import dev.simplexscript.protocol.model.jackson.Wire;

/**
 * Reject contact request. The user who sent the request is **not notified**. Network: no.
 *
 * <p>{@code /_reject <contactReqId>}
 *
 * <p>Responses: contactRequestRejected, chatCmdError.
 */
@Wire
public record APIRejectContact(long contactReqId) implements ChatCommand {}
