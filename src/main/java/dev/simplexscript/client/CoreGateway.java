package dev.simplexscript.client;

import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;

/**
 * Runs one command string on the chat core: what the script API sends its commands through.
 * {@link ChatClient} implements it; tests implement it over a recording fake.
 */
public interface CoreGateway {

    /**
     * Runs one command and completes with the core's response object (the {@code resp} of the
     * frame, e.g. {@code {"type":"newChatItems",...}}). Completes exceptionally with
     * {@link dev.simplexscript.protocol.ChatException} when the core answers {@code chatCmdError},
     * {@link dev.simplexscript.protocol.syntax.CommandException} when the command was refused
     * before sending, or {@link CoreUnavailableException} when no core was connected in time to send it.
     */
    CompletableFuture<JsonNode> command(String command);
}
