package dev.simplexscript.api;

import dev.simplexscript.client.CoreGateway;
import dev.simplexscript.protocol.ChatException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;

/**
 * A fake core that records every command string and answers only the exact commands a test
 * told it about; any other command fails, naming itself, so a wrong string cannot pass unseen.
 */
final class RecordingCore implements CoreGateway {
    final List<String> commands = new CopyOnWriteArrayList<>();
    private final Map<String, CompletableFuture<JsonNode>> answers = new ConcurrentHashMap<>();

    RecordingCore answer(String command, JsonNode resp) {
        answers.put(command, CompletableFuture.completedFuture(resp));
        return this;
    }

    RecordingCore answer(String command, String fixture) {
        return answer(command, Fixtures.resp(fixture));
    }

    /** Answers with the chatCmdError of a fixture the way the gateway contract says: a failed future. */
    RecordingCore fail(String command, JsonNode chatCmdError) {
        answers.put(command, CompletableFuture.failedFuture(new ChatException(chatCmdError.path("chatError"))));
        return this;
    }

    RecordingCore fail(String command, String fixture) {
        return fail(command, Fixtures.resp(fixture));
    }

    RecordingCore fail(String command, RuntimeException error) {
        answers.put(command, CompletableFuture.failedFuture(error));
        return this;
    }

    @Override
    public CompletableFuture<JsonNode> command(String command) {
        commands.add(command);
        CompletableFuture<JsonNode> answer = answers.get(command);
        return answer != null ? answer : CompletableFuture.failedFuture(new AssertionError("unexpected command: " + command));
    }

    String last() {
        return commands.isEmpty() ? null : commands.getLast();
    }
}
