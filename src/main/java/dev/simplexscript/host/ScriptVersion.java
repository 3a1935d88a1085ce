package dev.simplexscript.host;

import dev.simplexscript.api.CommandInfo;
import dev.simplexscript.http.NetGrants;
import dev.simplexscript.http.Routes;
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
final class ScriptVersion implements ScriptEnvironment, Registrar, AutoCloseable {
    private final Script script;
    private final int number;
    private final Map<String, Object> globals;
    private final Map<String, List<GuestFunction>> handlers = new LinkedHashMap<>();
    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final Map<Routes.Route, GuestFunction> routes = new LinkedHashMap<>();
    private final Set<ScriptTimer> timers = new LinkedHashSet<>();
    private final int maxTimers;
    private final NetGrants.Granting granting;
    private ScriptRuntime runtime;
    private boolean active;
    private long connectionSeen;
    private volatile int liveTimers;
    private volatile boolean open = true;

    record Command(CommandInfo info, GuestFunction handler) {}

    ScriptVersion(Script script, int number, Map<String, Object> globals, int maxTimers, NetGrants.Granting granting) {
        this.script = script;
        this.number = number;
        this.globals = globals;
        this.maxTimers = maxTimers;
        this.granting = granting;
    }

    /** The hosts this version may fetch from (its {@code @allow-net} lines within the ceiling), and those refused. */
    NetGrants.Granting granting() {
        return granting;
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

    /** The event types and shortcut names this version has handlers for. */
    Set<String> handledTypes() {
        return Set.copyOf(handlers.keySet());
    }

    Map<String, Command> commands() {
        return commands;
    }

    /** The webhook routes this version registered, and their handlers. */
    Map<Routes.Route, GuestFunction> routes() {
        return routes;
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
        script.post(this, "continuation after an API call", task);
    }

    @Override
    public void print(String line) {
        script.report(Level.INFO, line);
    }

    @Override
    public void on(String type, GuestFunction handler) {
        handlers.computeIfAbsent(type, t -> new ArrayList<>()).add(handler);
        if (active) script.handlersChanged();
    }

    @Override
    public void command(String name, String description, GuestFunction handler) {
        CommandInfo info = new CommandInfo(name, description);
        commands.put(info.name(), new Command(info, handler));
        if (active) script.commandsChanged();
    }

    @Override
    public void route(String method, String path, GuestFunction handler) {
        Routes.Route route = new Routes.Route(method, path);
        if (routes.containsKey(route)) throw new IllegalArgumentException("http: " + route + " is registered twice");
        routes.put(route, handler);
        if (active) script.routesChanged();
    }

    @Override
    public Object every(long millis, GuestFunction fn) {
        return addTimer(ScriptTimer.every(script.timers(), this, millis, fn));
    }

    @Override
    public Object after(long millis, GuestFunction fn) {
        return addTimer(ScriptTimer.after(script.timers(), this, millis, fn));
    }

    @Override
    public Object schedule(String cron, GuestFunction fn) {
        CronSchedule pattern = CronSchedule.parse(cron);
        roomForTimer();
        try {
            return addTimer(ScriptTimer.cron(script.timers(), this, pattern, fn));
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
        script.tick(this, () -> {
            timer.ticking();
            if (timer.isCancelled()) return;
            if (timer.once()) forget(timer);
            fn.call(List.of());
        });
    }

    /** A timer is done (cancelled or fired once): it no longer counts or holds its function. */
    void forget(ScriptTimer timer) {
        script.onDispatcher(() -> {
            timers.remove(timer);
            liveTimers = timers.size();
        });
    }

    /** A timer stopped by itself (a cron pattern with no next time). */
    void timerEnded(ScriptTimer timer, String why) {
        forget(timer);
        script.report(Level.WARNING, why);
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
