package dev.simplexscript.reliability;

import dev.simplexscript.api.CoreGateway;
import dev.simplexscript.api.CoreUnavailableException;
import dev.simplexscript.protocol.Json;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/**
 * A chat core for host batteries that answers as the test says: at once, never (until
 * {@link #answerAll()}), or as unavailable. Records every command that reached it.
 */
final class ControlledCore implements CoreGateway {
    enum Mode { ANSWER, HOLD, UNAVAILABLE }

    final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final List<CompletableFuture<JsonNode>> held = new CopyOnWriteArrayList<>();
    private volatile Mode mode = Mode.ANSWER;

    void mode(Mode to) {
        mode = to;
    }

    @Override
    public CompletableFuture<JsonNode> command(String command) {
        received.add(command);
        return switch (mode) {
            case ANSWER -> CompletableFuture.completedFuture(answer());
            case UNAVAILABLE -> CompletableFuture.failedFuture(new CoreUnavailableException("not connected (test)"));
            case HOLD -> {
                CompletableFuture<JsonNode> later = new CompletableFuture<>();
                held.add(later);
                yield later;
            }
        };
    }

    /** Answers every command held so far (which may let held-back commands through, answered too while in ANSWER mode). */
    int answerAll() {
        int n = 0;
        for (CompletableFuture<JsonNode> f : held) {
            held.remove(f);
            if (f.complete(answer())) n++;
        }
        return n;
    }

    int heldCount() {
        return held.size();
    }

    /** The next command that reached the core, or a failure after 10 s. */
    String next() throws InterruptedException {
        String command = received.poll(10, TimeUnit.SECONDS);
        if (command == null) throw new AssertionError("no command reached the core within 10 s");
        return command;
    }

    private static JsonNode answer() {
        return Json.object().put("type", "newChatItems");
    }
}
