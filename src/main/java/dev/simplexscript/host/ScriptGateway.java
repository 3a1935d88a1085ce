package dev.simplexscript.host;

import dev.simplexscript.api.CoreGateway;
import dev.simplexscript.api.CoreUnavailableException;
import dev.simplexscript.client.CommandTimeoutException;
import dev.simplexscript.client.ConnectionLostException;
import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;

/**
 * One script's line to the chat core. Every command the script sends, through the API or raw,
 * passes here: its file paths are held to the {@link PathPolicy}, and the commands it has
 * unanswered are bounded. Up to {@code inFlight} go out at once; the next {@code waiting} are held
 * back and sent in order as answers come in (so an awaited send just waits longer); past that a
 * call fails at once with {@link TooManyUnanswered} and the flood is reported. While the window is
 * full the script's dispatcher also holds back new events ({@link #saturated()}), which is what
 * lets a bot that awaits its sends slow down instead of fail.
 */
final class ScriptGateway implements CoreGateway {
    private final CoreGateway core;
    private final PathPolicy policy;
    private final int maxInFlight;
    private final int maxWaiting;
    private final Runnable roomAgain;
    private final ReportThrottle refusals;
    private final ArrayDeque<Held> waiting = new ArrayDeque<>();
    private int inFlight;
    private boolean draining;
    private volatile long lastUnavailableNanos;
    private volatile boolean everUnavailable;

    private record Held(String command, CompletableFuture<JsonNode> result) {}

    ScriptGateway(CoreGateway core, PathPolicy policy, HostConfig.Limits limits, ReportThrottle refusals, Runnable roomAgain) {
        this.core = core;
        this.policy = policy;
        this.maxInFlight = limits.inFlight();
        this.maxWaiting = limits.waiting();
        this.refusals = refusals;
        this.roomAgain = roomAgain;
    }

    @Override
    public CompletableFuture<JsonNode> command(String command) {
        String confined;
        try {
            confined = policy.confine(command);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        synchronized (this) {
            if (inFlight < maxInFlight && waiting.isEmpty()) {
                inFlight++;
            } else if (waiting.size() < maxWaiting) {
                Held held = new Held(confined, new CompletableFuture<>());
                waiting.add(held);
                return held.result;
            } else {
                TooManyUnanswered refused = new TooManyUnanswered(inFlight, waiting.size());
                refusals.occurred(Level.WARNING, refused.getMessage());
                return CompletableFuture.failedFuture(refused);
            }
        }
        return launch(confined);
    }

    /** True while the window is full: the script's new events wait until answers come in. */
    synchronized boolean saturated() {
        return inFlight >= maxInFlight;
    }

    long refused() {
        return refusals.total();
    }

    synchronized int unanswered() {
        return inFlight + waiting.size();
    }

    /** True when a command of this script found the core unavailable within the last {@code nanos}. */
    boolean coreUnavailableWithin(long nanos) {
        return everUnavailable && System.nanoTime() - lastUnavailableNanos < nanos;
    }

    private CompletableFuture<JsonNode> launch(String command) {
        CompletableFuture<JsonNode> sent;
        try {
            sent = core.command(command);
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        return sent.whenComplete((answer, failure) -> {
            if (failure != null && isUnavailable(failure)) {
                lastUnavailableNanos = System.nanoTime();
                everUnavailable = true;
            }
            answered();
        });
    }

    /** One answer came in: send what waits while there is room; answers arriving meanwhile only count. */
    private void answered() {
        synchronized (this) {
            inFlight--;
            if (draining) return;
            draining = true;
        }
        boolean room;
        while (true) {
            Held next;
            synchronized (this) {
                if (inFlight >= maxInFlight || waiting.isEmpty()) {
                    draining = false;
                    room = inFlight < maxInFlight;
                    break;
                }
                next = waiting.poll();
                inFlight++;
            }
            launch(next.command).whenComplete((answer, failure) -> {
                if (failure != null) next.result.completeExceptionally(failure);
                else next.result.complete(answer);
            });
        }
        if (room) roomAgain.run();
    }

    static boolean isUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CoreUnavailableException || t instanceof ConnectionLostException || t instanceof CommandTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** A script has too many commands unanswered; the call was not sent. */
    static final class TooManyUnanswered extends IllegalStateException {
        /** Every such refusal starts with this. */
        static final String REFUSED = "send refused: ";

        TooManyUnanswered(int inFlight, int waiting) {
            super(REFUSED + inFlight + " commands of this script are unanswered and " + waiting
                    + " more wait to go out; await your sends (e.g. await send(...)) instead of starting more at once");
        }

        /** A flood makes many of these: the stack trace (the host's own frames) would cost more than the refusal. */
        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
