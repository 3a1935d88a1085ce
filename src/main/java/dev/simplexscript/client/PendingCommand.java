package dev.simplexscript.client;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import tools.jackson.databind.JsonNode;

/**
 * A command waiting for its answer. Whoever removes it from the session's pending map (the
 * answer, its timeout, or the connection's end) completes it, so it completes exactly once.
 */
final class PendingCommand extends CompletableFuture<JsonNode> {
    final String corrId;
    final String command;
    /** Set before the frame is written; read by whichever thread settles the command. */
    private volatile ScheduledFuture<?> timer;

    PendingCommand(String corrId, String command) {
        this.corrId = corrId;
        this.command = command;
    }

    void timer(ScheduledFuture<?> value) {
        timer = value;
    }

    void succeed(JsonNode resp) {
        stopTimer();
        complete(resp);
    }

    void fail(Throwable cause) {
        stopTimer();
        completeExceptionally(cause);
    }

    private void stopTimer() {
        ScheduledFuture<?> t = timer;
        if (t != null) t.cancel(false);
    }
}
