package dev.simplexscript.host;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One script's thread: every piece of that script's guest code (top level, handlers, timer ticks,
 * promise continuations, reload swaps) runs here, one at a time, in submission order. The thread
 * exists only while there is work, so a thousand idle scripts hold no thousand threads. Daemon,
 * because a JDK call stuck inside a script cannot be interrupted and must not keep the JVM alive.
 */
final class Dispatcher {
    private final ThreadPoolExecutor executor;

    Dispatcher(String scriptName) {
        executor = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread t = new Thread(task, "script-" + scriptName);
            t.setDaemon(true);
            return t;
        });
        executor.allowCoreThreadTimeOut(true);
    }

    /** Queues {@code task}; quietly dropped once the script is gone. */
    void execute(Runnable task) {
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            // The script was unloaded; work for it (a late reply, a timer tick) has nowhere to go.
        }
    }

    /** Queues {@code task} and completes when it ran (exceptionally if it threw or was dropped). */
    CompletableFuture<Void> submit(Runnable task) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                try {
                    task.run();
                    done.complete(null);
                } catch (Throwable t) {
                    done.completeExceptionally(t);
                }
            });
        } catch (RejectedExecutionException e) {
            done.completeExceptionally(new IllegalStateException("script is stopped"));
        }
        return done;
    }

    /** Tasks waiting (not the one running). */
    int queued() {
        return executor.getQueue().size();
    }

    /** True when no task runs or waits. */
    boolean idle() {
        return executor.getActiveCount() == 0 && executor.getQueue().isEmpty();
    }

    /** Stops taking work; queued work is dropped, running work is left to finish. */
    void shutdown() {
        executor.shutdownNow();
    }
}
