package dev.simplexscript.reliability;

import dev.simplexscript.client.ChatClient;
import dev.simplexscript.client.CoreInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeoutException;
import tools.jackson.databind.JsonNode;

/**
 * Checks events as they arrive instead of keeping them: each event carrying a {@code seq} must be
 * the next one the test expects; all others are only counted. Keeps memory flat over any run.
 */
final class SequenceListener implements ChatClient.Listener {
    private final ConcurrentLinkedQueue<Long> expectedSeqs = new ConcurrentLinkedQueue<>();
    private final List<String> problems = new ArrayList<>();
    private long events;
    private long numbered;
    private long connections;
    private long disconnections;

    /** Announces a good event the core is about to send. */
    void expect(long seq) {
        expectedSeqs.add(seq);
    }

    @Override
    public synchronized void onEvent(JsonNode resp) {
        events++;
        JsonNode seq = resp.get("seq");
        if (seq != null && seq.isIntegralNumber() && seq.longValue() >= 0) {
            numbered++;
            Long wanted = expectedSeqs.poll();
            if ((wanted == null || wanted != seq.longValue()) && problems.size() < 10) {
                problems.add("event seq " + seq.longValue() + " arrived where " + wanted + " was expected");
            }
        }
        notifyAll();
    }

    @Override
    public synchronized void onConnected(CoreInfo info) {
        connections++;
    }

    @Override
    public synchronized void onDisconnected(String reason) {
        disconnections++;
        if (problems.size() < 10) problems.add("disconnected: " + reason);
    }

    /** Waits until {@code count} events have arrived in all. */
    synchronized void awaitEvents(long count, Duration timeout) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (events < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) throw new TimeoutException("only " + events + " of " + count + " events arrived within " + timeout);
            wait(Math.max(1, left / 1_000_000));
        }
    }

    synchronized long events() {
        return events;
    }

    synchronized long numbered() {
        return numbered;
    }

    synchronized long connections() {
        return connections;
    }

    synchronized long disconnections() {
        return disconnections;
    }

    synchronized List<String> problems() {
        List<String> all = new ArrayList<>(problems);
        if (!expectedSeqs.isEmpty()) all.add(expectedSeqs.size() + " good events never arrived, first " + expectedSeqs.peek());
        return all;
    }
}
