package dev.simplexscript.host;

import dev.simplexscript.lang.GuestFunction;
import dev.simplexscript.lang.Registrar;
import dev.simplexscript.lang.ScriptEnvironment;
import dev.simplexscript.lang.ScriptRuntime;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One loaded version of one script and everything it owns: its runtime, handlers, commands and
 * timers. Unloading it is one {@link #close()}. Registrations happen on the script's dispatcher
 * (top level and handlers run there), so they need no locking; only {@link #isOpen()} is read
 * from other threads.
 */
final class ScriptScope implements ScriptEnvironment, Registrar, AutoCloseable {
    private final ScriptSlot slot;
    private final int number;
    private final Map<String, Object> globals;
    private final Map<String, List<GuestFunction>> handlers = new LinkedHashMap<>();
    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final Set<ScriptTimer> timers = new LinkedHashSet<>();
    private final int maxTimers;
    private ScriptRuntime runtime;
    private boolean active;
    private long connectionSeen;
    private volatile int liveTimers;
    private volatile boolean open = true;

    record Command(CommandInfo info, GuestFunction handler) {}

    ScriptScope(ScriptSlot slot, int number, Map<String, Object> globals, int maxTimers) {
        this.slot = slot;
        this.number = number;
        this.globals = globals;
        this.maxTimers = maxTimers;
    }

    int number() {
        return number;
    }

    void attach(ScriptRuntime loaded) {
        this.runtime = loaded;
    }

    ScriptRuntime runtime() {
        return runtime;
    }

    boolean isOpen() {
        return open;
    }

    List<GuestFunction> handlers(String type) {
        return handlers.getOrDefault(type, List.of());
    }

    Map<String, Command> commands() {
        return commands;
    }

    /** Becomes the running version: timers registered by the top level start now. */
    void activate() {
        active = true;
        timers.forEach(ScriptTimer::start);
    }

    /**
     * True, once per connection, when this version has not yet run {@code on.connected} for
     * connection number {@code connection} (counted by the host from 1).
     */
    boolean firstSight(long connection) {
        if (connection <= connectionSeen) return false;
        connectionSeen = connection;
        return true;
    }

    /** Timers alive now (not yet cancelled or fired once); safe from any thread. */
    int liveTimers() {
        return liveTimers;
    }

    @Override
    public Map<String, Object> globals() {
        return globals;
    }

    @Override
    public Registrar registrar() {
        return this;
    }

    @Override
    public void post(Runnable task) {
        slot.post(this, "continuation after an API call", task);
    }

    @Override
    public void print(String line) {
        slot.report(Level.INFO, line);
    }

    @Override
    public void on(String type, GuestFunction handler) {
        handlers.computeIfAbsent(type, t -> new ArrayList<>()).add(handler);
    }

    @Override
    public void command(String name, String description, GuestFunction handler) {
        CommandInfo info = new CommandInfo(name, description);
        if (info.name().isEmpty() || info.name().chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("command name must be one word, like '/help', not '" + name + "'");
        }
        commands.put(info.name(), new Command(info, handler));
        if (active) slot.commandsChanged();
    }

    @Override
    public Object every(long millis, GuestFunction fn) {
        return addTimer(ScriptTimer.every(slot.timers(), this, millis, fn));
    }

    @Override
    public Object after(long millis, GuestFunction fn) {
        return addTimer(ScriptTimer.after(slot.timers(), this, millis, fn));
    }

    @Override
    public Object schedule(String cron, GuestFunction fn) {
        CronSchedule pattern = CronSchedule.parse(cron);
        roomForTimer();
        try {
            return addTimer(ScriptTimer.cron(slot.timers(), this, pattern, fn));
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException("schedule(\"" + cron + "\"): " + e.getMessage());
        }
    }

    private ScriptTimer addTimer(ScriptTimer timer) {
        roomForTimer();
        timers.add(timer);
        liveTimers = timers.size();
        if (active) timer.start();
        return timer;
    }

    private void roomForTimer() {
        if (timers.size() >= maxTimers) throw new TooManyTimers(maxTimers);
    }

    /** A timer fired: run its function on the dispatcher, unless this version is gone by then. */
    void fire(ScriptTimer timer, GuestFunction fn) {
        slot.tick(this, () -> {
            timer.ticking();
            if (timer.isCancelled()) return;
            if (timer.once()) forget(timer);
            fn.call(List.of());
        });
    }

    /** A timer is done (cancelled or fired once): it no longer counts or holds its function. */
    void forget(ScriptTimer timer) {
        slot.onDispatcher(() -> {
            timers.remove(timer);
            liveTimers = timers.size();
        });
    }

    /** A timer stopped by itself (a cron pattern with no next time). */
    void timerEnded(ScriptTimer timer, String why) {
        forget(timer);
        slot.report(Level.WARNING, why);
    }

    @Override
    public void close() {
        open = false;
        timers.forEach(ScriptTimer::stop);
        timers.clear();
        liveTimers = 0;
        if (runtime != null) runtime.close();
    }

    /** A script asked for more timers than one version may hold. */
    static final class TooManyTimers extends IllegalStateException {
        /** Every such refusal starts with this. */
        static final String REFUSED = "timer refused: ";

        TooManyTimers(int max) {
            super(REFUSED + "this script already has " + max + " timers running (the host's limit); cancel some, or use one timer for many jobs");
        }
    }
}
