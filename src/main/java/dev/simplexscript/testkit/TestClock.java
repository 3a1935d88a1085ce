package dev.simplexscript.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The bot's timer scheduler during a test: time stands still until the test calls
 * {@link #advance}, which runs every task that falls due, in order, at its own virtual instant.
 * Tasks run on the advancing thread; the host's timer tasks only post to a script's dispatcher.
 */
final class TestClock extends AbstractExecutorService implements ScheduledExecutorService {
    private final PriorityQueue<Task> queue = new PriorityQueue<>();
    private long now;
    private long sequence;
    private boolean shutdown;

    /** Moves time forward by {@code millis}, firing what falls due on the way. */
    void advance(long millis) {
        if (millis < 0) throw new IllegalArgumentException("advance(ms): ms must not be negative, got " + millis);
        long target;
        synchronized (this) {
            target = now + millis;
        }
        for (Task due; (due = pollDue(target)) != null; ) {
            due.run();
            synchronized (this) {
                if (due.period > 0 && !due.isCancelled() && !shutdown) {
                    due.at = now + due.period;
                    queue.add(due);
                }
            }
        }
        synchronized (this) {
            now = Math.max(now, target);
        }
    }

    /** Virtual milliseconds since the test started. */
    synchronized long now() {
        return now;
    }

    private synchronized Task pollDue(long target) {
        Task first = queue.peek();
        if (first == null || first.at > target) return null;
        queue.poll();
        now = Math.max(now, first.at);
        return first;
    }

    private synchronized Task add(Runnable body, long delay, long period, TimeUnit unit) {
        if (shutdown) throw new java.util.concurrent.RejectedExecutionException("the test's clock is shut down");
        Task task = new Task(body, now + Math.max(0, unit.toMillis(delay)), unit.toMillis(period), sequence++);
        queue.add(task);
        return task;
    }

    private synchronized void remove(Task task) {
        queue.remove(task);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return add(command, delay, 0, unit);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        Task[] task = new Task[1];
        task[0] = add(() -> {
            try {
                task[0].result = callable.call();
            } catch (Exception e) {
                task[0].failure = e;
            }
        }, delay, 0, unit);
        return (ScheduledFuture<V>) task[0];
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        // On a clock that only moves when told, fixed rate and fixed delay are the same thing.
        return scheduleWithFixedDelay(command, initialDelay, period, unit);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        if (delay <= 0) throw new IllegalArgumentException("period must be positive");
        return add(command, initialDelay, delay, unit);
    }

    /** Runs at the current virtual instant on the next {@link #advance}, like a timer with no delay. */
    @Override
    public void execute(Runnable command) {
        add(command, 0, 0, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void shutdown() {
        shutdown = true;
        queue.clear();
    }

    @Override
    public synchronized List<Runnable> shutdownNow() {
        List<Runnable> pending = new ArrayList<>(queue.stream().map(t -> t.body).toList());
        shutdown();
        return pending;
    }

    @Override
    public synchronized boolean isShutdown() {
        return shutdown;
    }

    @Override
    public synchronized boolean isTerminated() {
        return shutdown;
    }

    @Override
    public synchronized boolean awaitTermination(long timeout, TimeUnit unit) {
        return shutdown;
    }

    private final class Task implements ScheduledFuture<Object> {
        final Runnable body;
        final long period;
        final long seq;
        long at;
        volatile Object result;
        volatile Exception failure;
        private volatile boolean cancelled;
        private volatile boolean done;

        Task(Runnable body, long at, long period, long seq) {
            this.body = body;
            this.at = at;
            this.period = period;
            this.seq = seq;
        }

        void run() {
            if (cancelled) return;
            body.run();
            if (period == 0) done = true;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(at - now(), TimeUnit.MILLISECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            Task o = (Task) other;
            return at != o.at ? Long.compare(at, o.at) : Long.compare(seq, o.seq);
        }

        @Override
        public boolean cancel(boolean mayInterrupt) {
            if (done) return false;
            cancelled = true;
            remove(this);
            return true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return done || cancelled;
        }

        @Override
        public Object get() throws ExecutionException {
            if (!isDone()) throw new IllegalStateException("a test-clock task completes only when the test advances time");
            if (cancelled) throw new java.util.concurrent.CancellationException();
            if (failure != null) throw new ExecutionException(failure);
            return result;
        }

        @Override
        public Object get(long timeout, TimeUnit unit) throws ExecutionException {
            return get();
        }
    }
}
