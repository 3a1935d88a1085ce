package dev.simplexscript.host;

import dev.simplexscript.api.CommandInfo;
import dev.simplexscript.lang.GuestFunction;
import dev.simplexscript.lang.Registrar;
import dev.simplexscript.lang.ScriptEnvironment;
import dev.simplexscript.lang.ScriptRuntime;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    private final List<ScriptTimer> timers = new ArrayList<>();
    private ScriptRuntime runtime;
    private boolean active;
    private volatile boolean open = true;

    record Command(CommandInfo info, GuestFunction handler) {}

    ScriptVersion(Script script, int number, Map<String, Object> globals) {
        this.script = script;
        this.number = number;
        this.globals = globals;
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

    /** Becomes the running version: timers registered by the top level start now. */
    void activate() {
        active = true;
        timers.forEach(ScriptTimer::start);
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
    public Object every(long millis, GuestFunction fn) {
        return addTimer(ScriptTimer.every(script.timers(), this, millis, fn));
    }

    @Override
    public Object after(long millis, GuestFunction fn) {
        return addTimer(ScriptTimer.after(script.timers(), this, millis, fn));
    }

    @Override
    public Object schedule(String cron, GuestFunction fn) {
        return addTimer(ScriptTimer.cron(script.timers(), this, CronSchedule.parse(cron), fn));
    }

    private ScriptTimer addTimer(ScriptTimer timer) {
        timers.add(timer);
        if (active) timer.start();
        return timer;
    }

    /** A timer fired: run its function on the dispatcher, unless this version is gone by then. */
    void fire(ScriptTimer timer, GuestFunction fn) {
        script.post(this, "timer", () -> {
            if (!timer.isCancelled()) fn.call(List.of());
        });
    }

    @Override
    public void close() {
        open = false;
        timers.forEach(ScriptTimer::cancel);
        timers.clear();
        if (runtime != null) runtime.close();
    }
}
