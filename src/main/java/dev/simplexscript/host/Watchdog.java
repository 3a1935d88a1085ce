package dev.simplexscript.host;

import dev.simplexscript.lang.ScriptRuntime;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Enforces the handler budget: guest code still running when its time is up gets interrupted. */
final class Watchdog implements AutoCloseable {
    private final ScheduledThreadPoolExecutor timer;

    Watchdog() {
        timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread t = new Thread(task, "script-watchdog");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
    }

    /** Arms the budget for one guest call; {@code onStuck} runs when the runtime could not be stopped. */
    Ticket start(ScriptRuntime runtime, Duration budget, Runnable onStuck) {
        Ticket ticket = new Ticket();
        ticket.alarm = timer.schedule(() -> {
            synchronized (ticket) {
                if (ticket.done) return;
                ticket.fired = true;
            }
            if (!runtime.interrupt()) onStuck.run();
        }, budget.toNanos(), TimeUnit.NANOSECONDS);
        return ticket;
    }

    /** One armed budget. */
    static final class Ticket {
        private ScheduledFuture<?> alarm;
        private boolean done;
        private boolean fired;

        /** Disarms; returns true when the budget had run out. */
        synchronized boolean end() {
            done = true;
            alarm.cancel(false);
            return fired;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
