package dev.simplexscript.host;

import dev.simplexscript.lang.GuestFunction;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.graalvm.polyglot.HostAccess;

/**
 * A timer a script started with {@code every}, {@code after} or {@code schedule}. The host owns
 * it: it fires on the script's dispatcher, and dies with the script version that made it (or, for
 * {@code after}, once it fired). A tick still waiting on the dispatcher is not queued again, so a
 * slow script never piles up ticks. Scripts get it back as a handle with {@code cancel()}.
 */
public final class ScriptTimer {
    /** Below this, a repeating timer is a busy loop in disguise. */
    static final long MIN_PERIOD_MS = 10;

    private enum Kind { EVERY, AFTER, CRON }

    private final ScheduledExecutorService scheduler;
    private final ScriptScope owner;
    private final Kind kind;
    private final long millis;
    private final CronSchedule cron;
    private final GuestFunction fn;
    private final AtomicBoolean queued = new AtomicBoolean();
    private ScheduledFuture<?> next;
    private boolean cancelled;

    private ScriptTimer(ScheduledExecutorService scheduler, ScriptScope owner, Kind kind, long millis,
                        CronSchedule cron, GuestFunction fn) {
        this.scheduler = scheduler;
        this.owner = owner;
        this.kind = kind;
        this.millis = millis;
        this.cron = cron;
        this.fn = fn;
    }

    static ScriptTimer every(ScheduledExecutorService s, ScriptScope owner, long millis, GuestFunction fn) {
        if (millis < MIN_PERIOD_MS) throw new IllegalArgumentException("every(ms, fn): ms must be at least " + MIN_PERIOD_MS);
        return new ScriptTimer(s, owner, Kind.EVERY, millis, null, fn);
    }

    static ScriptTimer after(ScheduledExecutorService s, ScriptScope owner, long millis, GuestFunction fn) {
        if (millis < 0) throw new IllegalArgumentException("after(ms, fn): ms must not be negative");
        return new ScriptTimer(s, owner, Kind.AFTER, millis, null, fn);
    }

    /**
     * A cron timer; its first time is worked out now, so a pattern that never matches
     * ({@code 0 0 31 2 *}) fails the script's own call instead of the host later.
     */
    static ScriptTimer cron(ScheduledExecutorService s, ScriptScope owner, CronSchedule cron, GuestFunction fn) {
        cron.next(ZonedDateTime.now());
        return new ScriptTimer(s, owner, Kind.CRON, 0, cron, fn);
    }

    synchronized void start() {
        if (cancelled) return;
        switch (kind) {
            // Fixed delay, not fixed rate: a script slower than its period gets no pile of ticks.
            case EVERY -> next = scheduler.scheduleWithFixedDelay(this::due, millis, millis, TimeUnit.MILLISECONDS);
            case AFTER -> next = scheduler.schedule(this::due, millis, TimeUnit.MILLISECONDS);
            case CRON -> scheduleCron();
        }
    }

    private synchronized void scheduleCron() {
        if (cancelled) return;
        ZonedDateTime now = ZonedDateTime.now();
        ZonedDateTime at;
        try {
            at = cron.next(now);
        } catch (IllegalStateException e) {
            owner.timerEnded(this, "schedule() stopped: " + e.getMessage());
            return;
        }
        next = scheduler.schedule(() -> {
            due();
            scheduleCron();
        }, Duration.between(now, at).toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The time came: one tick goes to the dispatcher unless one already waits there. */
    private void due() {
        if (queued.compareAndSet(false, true)) owner.fire(this, fn);
    }

    /** The tick is about to run on the dispatcher: the next one may be queued again. */
    void ticking() {
        queued.set(false);
    }

    boolean once() {
        return kind == Kind.AFTER;
    }

    synchronized boolean isCancelled() {
        return cancelled;
    }

    /** Stops the timer; a tick already queued is skipped. */
    @HostAccess.Export
    public void cancel() {
        stop();
        owner.forget(this);
    }

    /** Stops the timer without telling its owner (which is closing, or already let go of it). */
    synchronized void stop() {
        cancelled = true;
        if (next != null) next.cancel(false);
    }
}
