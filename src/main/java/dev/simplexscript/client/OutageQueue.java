package dev.simplexscript.client;

import dev.simplexscript.protocol.Frame;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/**
 * Where commands wait while no core is connected (before the first connection, or between a
 * drop and the reconnect), so that an outage delays a bot's replies instead of dropping them.
 * They go out in the order they were sent, before any later command, as soon as a connection is
 * up; each fails with {@link CoreUnavailableException} if none is within
 * {@link ClientOptions#outageWait()} of its sending (zero: at once, nothing waits).
 *
 * <p>Only commands that were never written wait here. A command already on the wire when the
 * connection drops fails with {@link ConnectionLostException} and is not resent: the core may
 * have run it (PROTOCOL.md §2.9).
 */
final class OutageQueue {
    private final Duration outageWait;
    private final ScheduledExecutorService timer;
    private final String target;
    private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();
    private Connection session;
    private boolean closed;

    OutageQueue(Duration outageWait, ScheduledExecutorService timer, String target) {
        this.outageWait = outageWait;
        this.timer = timer;
        this.target = target;
    }

    /** Sends now on an open connection with nothing waiting before it; otherwise waits for the next one. */
    synchronized CompletableFuture<JsonNode> send(String command, Duration timeout) {
        if (closed) return CompletableFuture.failedFuture(unavailable(command, "client closed"));
        if (waiting.isEmpty() && session != null && session.isOpen()) {
            CompletableFuture<JsonNode> sent = session.command(command, timeout);
            // Not written because the socket is closing before the session knows it: waits like the rest.
            if (!neverWritten(sent)) return sent;
        }
        if (outageWait.isZero()) {
            return CompletableFuture.failedFuture(unavailable(command, "not connected; --outage-wait is 0"));
        }
        Waiting entry = new Waiting(command, timeout);
        try {
            entry.expiry = timer.schedule(() -> expire(entry), outageWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException clientClosing) {
            return CompletableFuture.failedFuture(unavailable(command, "client closed"));
        }
        waiting.add(entry);
        return entry.result;
    }

    /** A connection is up: what waited goes out on it, in order, before anything sent later. */
    synchronized void connected(Connection value) {
        session = value;
        while (!waiting.isEmpty()) {
            Waiting next = waiting.peek();
            CompletableFuture<JsonNode> sent = session.command(next.command, next.timeout);
            // Dropped again at once: this one and the rest wait for the next connection.
            if (neverWritten(sent)) return;
            waiting.poll();
            next.expiry.cancel(false);
            sent.whenComplete((resp, failure) -> {
                if (failure != null) next.result.completeExceptionally(failure);
                else next.result.complete(resp);
            });
        }
    }

    /** Commands waiting for a connection. */
    synchronized int size() {
        return waiting.size();
    }

    /** The client is closing: everything waiting fails, and later commands fail at once. */
    void close() {
        List<Waiting> dropped;
        synchronized (this) {
            closed = true;
            session = null;
            dropped = new ArrayList<>(waiting);
            waiting.clear();
        }
        // Outside the lock: callers' continuations run right here.
        for (Waiting entry : dropped) {
            entry.expiry.cancel(false);
            entry.result.completeExceptionally(unavailable(entry.command, "client closed"));
        }
    }

    private void expire(Waiting entry) {
        synchronized (this) {
            if (!waiting.remove(entry)) return;
        }
        entry.result.completeExceptionally(unavailable(entry.command,
                "no connection within the outage wait of " + outageWait.toMillis() + " ms"));
    }

    /**
     * A session that has ended (or whose socket is closing) refuses a command synchronously with
     * {@link CoreUnavailableException} before writing anything; such a command may wait for the
     * next connection.
     */
    private static boolean neverWritten(CompletableFuture<JsonNode> sent) {
        return sent.isCompletedExceptionally() && sent.exceptionNow() instanceof CoreUnavailableException;
    }

    private CoreUnavailableException unavailable(String command, String why) {
        return new CoreUnavailableException("core unavailable: not connected to the chat core at " + target + " (" + why
                + "); command not sent: " + Frame.excerpt(command));
    }

    private static final class Waiting {
        final String command;
        final Duration timeout;
        final CompletableFuture<JsonNode> result = new CompletableFuture<>();
        ScheduledFuture<?> expiry;

        Waiting(String command, Duration timeout) {
            this.command = command;
            this.timeout = timeout;
        }
    }
}
