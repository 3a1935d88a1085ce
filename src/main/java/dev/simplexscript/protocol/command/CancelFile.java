package dev.simplexscript.protocol.command;

/**
 * Cancel file. Network: background.
 *
 * <p>{@code /fcancel <fileId>}
 *
 * <p>Responses: sndFileCancelled, rcvFileCancelled, chatCmdError.
 */
public record CancelFile(long fileId) implements ChatCommand {}
