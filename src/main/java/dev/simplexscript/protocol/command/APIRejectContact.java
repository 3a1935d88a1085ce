package dev.simplexscript.protocol.command;

/**
 * Reject contact request. The user who sent the request is **not notified**. Network: no.
 *
 * <p>{@code /_reject <contactReqId>}
 *
 * <p>Responses: contactRequestRejected, chatCmdError.
 */
public record APIRejectContact(long contactReqId) implements ChatCommand {}
