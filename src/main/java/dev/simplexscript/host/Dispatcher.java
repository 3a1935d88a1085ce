package dev.simplexscript.host;

import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One script's thread: every piece of that script's guest code (top level, handlers, timer ticks,
 * promise continuations, reload swaps) runs here, one at a time. The thread exists only while
 * there is work, so a thousand idle scripts hold no thousand threads. Daemon, because a JDK call
 * stuck inside a script cannot be interrupted and must not keep the JVM alive.
 *
 * <p>Two lanes: <em>prompt</em> work (continuations of API calls the script made, and stopping)
 * always runs first, so a handler's awaited answer never waits behind the events queued after it;
 * <em>ordered</em> work (events, loads, connection signals, timer ticks) runs in arrival order, so
 * events queued before a reload reach the old version and those after it the new one. Events are
 * bounded: past {@code maxEvents} waiting, a new event is dropped, counted and reported. While
 * {@code eventsAllowed} says no (the script's unanswered commands fill its window), an event at
 * the head of the ordered lane waits, and everything behind it with it.
 */
final class Dispatcher {
    private final String script;
    private final ThreadPoolExecutor executor;
    private final int maxEvents;
    private final ReportThrottle drops;
    private final ReportThrottle backlog;
    private final ArrayDeque<Runnable> prompt = new ArrayDeque<>();
    private final ArrayDeque<Ordered> ordered = new ArrayDeque<>();
    private BooleanSupplier eventsAllowed = () -> true;
    private int queuedEvents;
    private boolean scheduled;
    private boolean running;
    private long dropped;

    private record Ordered(Runnable task, boolean event, long queuedAt) {}

    /** Events that waited this long before running are reported, with whether the script or the machine is slow. */
    private static final long SLOW_QUEUE_NANOS = TimeUnit.SECONDS.toNanos(1);

    Dispatcher(String script, int maxEvents, HostReporter reporter) {
        this.script = script;
        this.maxEvents = maxEvents;
        this.drops = new ReportThrottle(reporter, script);
        this.backlog = new ReportThrottle(reporter, script);
        executor = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread t = new Thread(task, "script-" + script);
            t.setDaemon(true);
            return t;
        });
        executor.allowCoreThreadTimeOut(true);
    }

    /** Events wait while this says no; {@link #wake()} after it may have turned. */
    void gateEvents(BooleanSupplier allowed) {
        synchronized (this) {
            eventsAllowed = allowed;
        }
    }

    /** Queues an event; false (and counted, and reported) when the script's event queue is full. */
    boolean offerEvent(Runnable task) {
        synchronized (this) {
            if (queuedEvents >= maxEvents) {
                dropped++;
            } else {
                queuedEvents++;
                ordered.add(new Ordered(task, true, System.nanoTime()));
                schedule();
                return true;
            }
        }
        drops.occurred(Level.WARNING, "event queue full (" + maxEvents + " events wait): the newest event was dropped;"
                + " this script handles events more slowly than they arrive");
        return false;
    }

    /** Queues work in arrival order with the events; quietly dropped once the script is gone. */
    void execute(Runnable task) {
        synchronized (this) {
            ordered.add(new Ordered(task, false, System.nanoTime()));
            schedule();
        }
    }

    /** Queues work ahead of events and ordered work (continuations). */
    void executePrompt(Runnable task) {
        synchronized (this) {
            prompt.add(task);
            schedule();
        }
    }

    /** Queues {@code task} in order and completes when it ran (exceptionally if it threw or was dropped). */
    CompletableFuture<Void> submit(Runnable task) {
        return submit(task, false);
    }

    /** As {@link #submit(Runnable)}, ahead of everything queued. */
    CompletableFuture<Void> submitPrompt(Runnable task) {
        return submit(task, true);
    }

    private CompletableFuture<Void> submit(Runnable task, boolean first) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Runnable wrapped = () -> {
            try {
                task.run();
                done.complete(null);
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        };
        if (executor.isShutdown()) done.completeExceptionally(new IllegalStateException("script is stopped"));
        else if (first) executePrompt(wrapped);
        else execute(wrapped);
        return done;
    }

    /** The gate may have opened: run what waits. */
    void wake() {
        synchronized (this) {
            if (!ordered.isEmpty()) schedule();
        }
    }

    private void schedule() {
        if (scheduled) return;
        scheduled = true;
        try {
            executor.execute(this::drain);
        } catch (RejectedExecutionException e) {
            // The script was unloaded; work for it (a late reply, a timer tick) has nowhere to go.
            prompt.clear();
            ordered.clear();
            queuedEvents = 0;
        }
    }

    private void drain() {
        while (true) {
            Runnable next = null;
            long waitedNanos = -1;
            synchronized (this) {
                next = prompt.poll();
                if (next == null) {
                    Ordered head = ordered.peek();
                    if (head != null && (!head.event || eventsAllowed.getAsBoolean())) {
                        ordered.poll();
                        if (head.event) {
                            queuedEvents--;
                            waitedNanos = System.nanoTime() - head.queuedAt;
                        }
                        next = head.task;
                    }
                }
                if (next == null || executor.isShutdown()) {
                    scheduled = false;
                    running = false;
                    return;
                }
                running = true;
            }
            if (waitedNanos > SLOW_QUEUE_NANOS) {
                backlog.occurred(Level.WARNING, "an event waited " + TimeUnit.NANOSECONDS.toMillis(waitedNanos)
                        + " ms before its handler ran (" + queuedEvents() + " more wait)");
            }
            try {
                next.run();
            } catch (Throwable t) {
                // Tasks report their own failures; nothing may end the loop and strand the queue.
                System.getLogger(Dispatcher.class.getName()).log(Level.ERROR, "[" + script + "] unexpected failure", t);
            }
        }
    }

    synchronized int queuedEvents() {
        return queuedEvents;
    }

    synchronized long droppedEvents() {
        return dropped;
    }

    /** True while a task runs or the loop looks for the next one. */
    synchronized boolean running() {
        return scheduled;
    }

    /** True when no task runs or waits. */
    synchronized boolean idle() {
        return !running && prompt.isEmpty() && ordered.isEmpty();
    }

    /** Stops taking work; queued work is dropped, running work is left to finish. */
    void shutdown() {
        synchronized (this) {
            prompt.clear();
            ordered.clear();
            queuedEvents = 0;
        }
        executor.shutdownNow();
    }
}
