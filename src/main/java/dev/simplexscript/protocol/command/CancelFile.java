package dev.simplexscript.protocol.command;

import dev.simplexscript.protocol.model.jackson.Wire;

/**
 * Cancel file. Network: background.
 *
 * <p>{@code /fcancel <fileId>}
 *
 * <p>Responses: sndFileCancelled, rcvFileCancelled, chatCmdError.
 */
@Wire
public record CancelFile(long fileId) implements ChatCommand {}
