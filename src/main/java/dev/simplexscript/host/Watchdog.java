package dev.simplexscript.host;

import dev.simplexscript.lang.ScriptRuntime;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Enforces the handler budget in CPU time of the script's own thread, so a machine too busy to
 * run the script does not make a correct handler look slow. A guest call is stopped when it has
 * used its budget of CPU, or when it has held its thread for the (much longer) blocked limit
 * without using it. The check costs nothing for calls that end within their budget: it first looks
 * when the budget has passed in wall-clock time (CPU time can be no more), and then again only
 * when the rest of the budget could have been used.
 */
final class Watchdog implements AutoCloseable {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_CLOCK = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeSupported();
    private static final long MIN_RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

    private final ScheduledThreadPoolExecutor timer;

    Watchdog() {
        timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread t = new Thread(task, "script-watchdog");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
    }

    /** Why a guest call was stopped. */
    enum Stop { CPU_BUDGET, BLOCKED }

    /**
     * Arms the budget for one guest call made on the calling thread; {@code onStuck} runs when the
     * runtime could not be stopped.
     */
    Ticket start(ScriptRuntime runtime, Duration budget, Duration blocked, Runnable onStuck) {
        Ticket ticket = new Ticket(runtime, budget.toNanos(), blocked.toNanos(), onStuck);
        ticket.schedule(ticket.budget);
        return ticket;
    }

    /** CPU time of the calling thread, or wall-clock time where the JVM cannot measure it. */
    static long cpuNow() {
        return CPU_CLOCK ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** One armed budget for one call on one thread. */
    final class Ticket {
        private final ScriptRuntime runtime;
        private final long threadId = Thread.currentThread().threadId();
        private final long startWall = System.nanoTime();
        private final long startCpu = cpuNow();
        private final long budget;
        private final long blocked;
        private final Runnable onStuck;
        private ScheduledFuture<?> alarm;
        private boolean done;
        private Stop stopped;

        private Ticket(ScriptRuntime runtime, long budget, long blocked, Runnable onStuck) {
            this.runtime = runtime;
            this.budget = budget;
            this.blocked = blocked;
            this.onStuck = onStuck;
        }

        private synchronized void schedule(long inNanos) {
            if (!done) alarm = timer.schedule(this::check, Math.max(inNanos, MIN_RECHECK_NANOS), TimeUnit.NANOSECONDS);
        }

        private void check() {
            long wall = System.nanoTime() - startWall;
            long cpu = CPU_CLOCK ? THREADS.getThreadCpuTime(threadId) - startCpu : wall;
            Stop why = cpu >= budget ? Stop.CPU_BUDGET : wall >= blocked ? Stop.BLOCKED : null;
            if (why == null) {
                schedule(Math.min(budget - cpu, blocked - wall));
                return;
            }
            synchronized (this) {
                if (done) return;
                stopped = why;
            }
            if (!runtime.interrupt()) onStuck.run();
        }

        /** CPU time the call has used so far (wall-clock time where the JVM cannot measure it). */
        long cpuNanos() {
            return cpuNow() - startCpu;
        }

        long wallNanos() {
            return System.nanoTime() - startWall;
        }

        /** Disarms; returns why the call was stopped, or null when it ended by itself. */
        synchronized Stop end() {
            done = true;
            if (alarm != null) alarm.cancel(false);
            return stopped;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
