package dev.simplexscript.client;

import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import tools.jackson.databind.JsonNode;

/**
 * The client's event thread: hands events and connection changes to the listener one at a time,
 * in arrival order. The queue is unbounded so that the socket reader never waits for a slow
 * listener (responses must keep flowing even while a listener awaits one); a growing backlog is
 * logged instead.
 */
final class EventDispatcher {
    private static final System.Logger LOG = System.getLogger(EventDispatcher.class.getName());
    private static final int BACKLOG_WARNING_STEP = 10_000;
    private static final Runnable STOP = () -> {};

    private final ChatClient.Listener listener;
    private final Counters counters;
    private final LinkedBlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private final Thread thread;

    EventDispatcher(ChatClient.Listener listener, Counters counters, String threadName) {
        this.listener = listener;
        this.counters = counters;
        this.thread = new Thread(this::run, threadName);
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    void event(JsonNode resp) {
        counters.events.increment();
        enqueue(() -> listener.onEvent(resp));
    }

    void connected(CoreInfo info) {
        enqueue(() -> listener.onConnected(info));
    }

    void disconnected(String reason) {
        enqueue(() -> listener.onDisconnected(reason));
    }

    /**
     * Delivers what is already queued, then ends the thread. A listener stuck longer than
     * {@code grace} is interrupted, and the rest of the queue is dropped with a log line.
     */
    void stop(Duration grace) throws InterruptedException {
        queue.add(STOP);
        if (Thread.currentThread() == thread) return;
        thread.join(grace);
        if (thread.isAlive()) {
            LOG.log(System.Logger.Level.WARNING, "listener still busy after {0} ms at close; interrupting it, {1} queued items dropped",
                    grace.toMillis(), queue.size());
            thread.interrupt();
            thread.join();
        }
    }

    private void enqueue(Runnable delivery) {
        queue.add(delivery);
        int backlog = queue.size();
        if (backlog >= BACKLOG_WARNING_STEP && backlog % BACKLOG_WARNING_STEP == 0) {
            LOG.log(System.Logger.Level.WARNING, "{0} events wait for the listener; it is slower than the core", backlog);
        }
    }

    private void run() {
        try {
            for (Runnable delivery = queue.take(); delivery != STOP; delivery = queue.take()) {
                try {
                    delivery.run();
                } catch (RuntimeException e) {
                    counters.listenerErrors.increment();
                    LOG.log(System.Logger.Level.WARNING, "listener threw; going on with the next event", e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
