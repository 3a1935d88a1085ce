package dev.simplexscript.host;

import dev.simplexscript.api.CommandCall;
import dev.simplexscript.api.CommandInfo;
import dev.simplexscript.api.EventShortcut;
import dev.simplexscript.api.EventView;
import dev.simplexscript.api.objects.Message;
import dev.simplexscript.lang.GuestFunction;
import dev.simplexscript.lang.ScriptError;
import dev.simplexscript.lang.ScriptSource;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One script file across its versions. Its dispatcher outlives every version, and a reload is
 * just one more task on it: events queued before the swap reach the old version, events queued
 * after reach the new one, and none is lost or seen twice. The fields below the dispatcher are
 * touched only on the dispatcher thread.
 */
final class Script {
    private final Path file;
    private final String name;
    private final HostServices services;
    private final Map<String, Object> apiGlobals;
    private final Map<String, Object> hostGlobals;
    private final ScriptAssets assets;
    private final Dispatcher dispatcher;

    private ScriptVersion current;
    private int versions;
    private int failures;
    private String loadedText;
    private volatile Set<CommandInfo> published = Set.of();
    /** Event types and shortcut names the running version handles; read by the host's event thread. */
    private volatile Set<String> wanted = Set.of();
    /** Loads queued or running: until they are done, every event is queued, as the new version may want it. */
    private final AtomicInteger loading = new AtomicInteger();

    Script(Path file, HostServices services, Map<String, Object> apiGlobals) {
        this.file = file;
        this.name = file.getFileName().toString();
        this.services = services;
        this.apiGlobals = apiGlobals;
        this.assets = new ScriptAssets(file.getParent());
        this.hostGlobals = Map.of(
                "asset", assets,
                "store", services.stores().open(name),
                "log", new ScriptLog(services.config().reporter(), name));
        this.dispatcher = new Dispatcher(name);
    }

    boolean idle() {
        return dispatcher.idle();
    }

    String name() {
        return name;
    }

    /** The running version's commands; safe from any thread. */
    Set<CommandInfo> commands() {
        return published;
    }

    ScheduledExecutorService timers() {
        return services.timers();
    }

    /** True when this script read {@code file} with {@code asset()}. */
    boolean usesAsset(Path file) {
        return assets.uses(file);
    }

    CompletableFuture<LoadResult> load(String text) {
        return load(text, false);
    }

    /** Loads {@code text}; {@code force} reloads even unchanged text (an asset it reads changed). */
    CompletableFuture<LoadResult> load(String text, boolean force) {
        CompletableFuture<LoadResult> result = new CompletableFuture<>();
        loading.incrementAndGet();
        dispatcher.submit(() -> {
            try {
                if (force) loadedText = null;
                result.complete(loadNow(text));
            } finally {
                loading.decrementAndGet();
            }
        })
                .exceptionally(e -> {
                    result.completeExceptionally(e);
                    return null;
                });
        return result;
    }

    /** Runs {@code on.stop} and unloads; the script takes no more work. */
    CompletableFuture<Void> stop() {
        return dispatcher.submit(() -> {
            if (current != null) {
                runHandlers(current, EventShortcut.STOP.scriptName(), List.of());
                current.close();
                current = null;
                report(Level.INFO, "stopped");
            }
            published = Set.of();
            wanted = Set.of();
        }).whenComplete((ok, e) -> dispatcher.shutdown());
    }

    /** Queues a core event for the script, unless no version that may run it has a handler for it. */
    void offer(EventView event) {
        if (loading.get() == 0 && !wants(event)) return;
        dispatcher.execute(() -> handle(event));
    }

    private boolean wants(EventView event) {
        Set<String> names = wanted;
        if (names.contains(event.type())) return true;
        for (EventShortcut shortcut : event.shortcuts()) {
            if (names.contains(shortcut.scriptName())) return true;
        }
        return false;
    }

    /** Host-made events ({@code connected}, {@code disconnected}). */
    void signal(EventShortcut shortcut) {
        dispatcher.execute(() -> {
            if (current != null) runHandlers(current, shortcut.scriptName(), List.of());
        });
    }

    /** The running version registered a handler or command: from now on, events for it are queued. */
    void handlersChanged() {
        ScriptVersion v = current;
        if (v == null) {
            wanted = Set.of();
            return;
        }
        Set<String> names = new java.util.HashSet<>(v.handledTypes());
        if (!v.commands().isEmpty()) names.add(EventShortcut.MESSAGE.scriptName());
        wanted = Set.copyOf(names);
    }

    void post(ScriptVersion version, String what, Runnable task) {
        dispatcher.execute(() -> guarded(version, what, task));
    }

    void report(Level level, String message) {
        services.config().reporter().report(name, level, message);
    }

    void commandsChanged() {
        published = current == null ? Set.of() : Set.copyOf(current.commands().values().stream()
                .map(ScriptVersion.Command::info).toList());
        handlersChanged();
        services.commandsChanged().run();
    }

    private LoadResult loadNow(String text) {
        long start = System.nanoTime();
        if (current != null && text.equals(loadedText)) {
            return new LoadResult(name, current.number(), true, Duration.ZERO, Set.of(), Set.of(), null);
        }
        Map<String, Object> globals = new LinkedHashMap<>(apiGlobals);
        globals.putAll(hostGlobals);
        ScriptVersion candidate = new ScriptVersion(this, versions + 1, globals);
        try {
            ScriptSource source = new ScriptSource(file, name, text, services.config().trusted().test(file));
            candidate.attach(services.languages().apply(file).prepare(source, candidate));
            Watchdog.Ticket ticket = services.watchdog().start(candidate.runtime(), services.config().handlerBudget(), () -> {});
            try {
                candidate.runtime().run();
            } finally {
                ticket.end();
                Thread.interrupted();
            }
        } catch (RuntimeException | StackOverflowError e) {
            candidate.close();
            ScriptError error = e instanceof ScriptError se ? se : new ScriptError(ScriptError.Kind.ERROR, name, 0, describe(e));
            report(Level.ERROR, (current == null ? "load failed: " : "reload failed, v" + current.number() + " keeps running: ")
                    + error.getMessage());
            return new LoadResult(name, current == null ? 0 : current.number(), false, since(start), Set.of(), Set.of(), error);
        }
        return swap(candidate, text, start);
    }

    private LoadResult swap(ScriptVersion next, String text, long start) {
        ScriptVersion old = current;
        Set<String> before = old == null ? Set.of() : old.commands().keySet();
        Set<String> after = Set.copyOf(next.commands().keySet());
        if (old != null) {
            runHandlers(old, EventShortcut.STOP.scriptName(), List.of());
            old.close();
        }
        current = next;
        versions = next.number();
        loadedText = text;
        failures = 0;
        next.activate();
        commandsChanged();
        Set<String> added = difference(after, before);
        Set<String> removed = difference(before, after);
        Duration took = since(start);
        report(Level.INFO, (old == null ? "loaded" : "reloaded") + " v" + next.number() + " in " + took.toMillis() + " ms"
                + describeChanges(added, removed));
        runHandlers(next, EventShortcut.START.scriptName(), List.of());
        return new LoadResult(name, next.number(), true, took, added, removed, null);
    }

    private void handle(EventView event) {
        ScriptVersion v = current;
        if (v == null) return;
        runHandlers(v, event.type(), List.of(event.event()));
        for (EventShortcut shortcut : event.shortcuts()) {
            boolean routeCommands = shortcut == EventShortcut.MESSAGE && !v.commands().isEmpty();
            if (v.handlers(shortcut.scriptName()).isEmpty() && !routeCommands) continue;
            List<Object> items;
            try {
                items = event.objects(shortcut);
            } catch (RuntimeException e) {
                report(Level.WARNING, "could not read a " + event.type() + " event as " + shortcut.scriptName() + ": " + describe(e));
                continue;
            }
            for (Object item : items) {
                if (routeCommands && routeCommand(v, (Message) item)) continue;
                runHandlers(v, shortcut.scriptName(), List.of(item));
            }
        }
    }

    /** Runs the script's own command for {@code message}; false when it is not one. */
    private boolean routeCommand(ScriptVersion v, Message message) {
        Optional<CommandCall> call = message.command();
        if (call.isEmpty()) return false;
        ScriptVersion.Command command = v.commands().get(call.get().name);
        if (command == null) return false;
        invoke(v, "/" + call.get().name, command.handler(), List.of(message, call.get().args, call.get().rest));
        return true;
    }

    private void runHandlers(ScriptVersion v, String type, List<Object> args) {
        for (GuestFunction handler : List.copyOf(v.handlers(type))) invoke(v, type, handler, args);
    }

    private void invoke(ScriptVersion v, String what, GuestFunction fn, List<Object> args) {
        guarded(v, "handler for " + what, () -> fn.call(args));
    }

    /** Runs guest code under the budget; a failure is reported and counted, never thrown. */
    private void guarded(ScriptVersion v, String what, Runnable body) {
        if (!v.isOpen()) return;
        Watchdog.Ticket ticket = services.watchdog().start(v.runtime(), services.config().handlerBudget(),
                () -> dispatcher.execute(() -> disable(v, "its " + what + " could not be stopped")));
        try {
            body.run();
            if (v == current) failures = 0;
        } catch (ScriptError e) {
            failed(v, what, e);
        } catch (RuntimeException | StackOverflowError e) {
            failed(v, what, new ScriptError(ScriptError.Kind.ERROR, name, 0, describe(e)));
        } finally {
            ticket.end();
            Thread.interrupted();
        }
    }

    private void failed(ScriptVersion v, String what, ScriptError error) {
        String message = error.kind() == ScriptError.Kind.TIMEOUT
                ? what + " ran past its " + services.config().handlerBudget().toMillis() + " ms budget and was stopped ("
                  + error.getMessage() + ")"
                : what + " failed: " + error.getMessage();
        report(Level.ERROR, message);
        if (v != current) return;
        failures++;
        if (failures >= services.config().maxFailures()) disable(v, "it failed " + failures + " times in a row");
    }

    private void disable(ScriptVersion v, String reason) {
        if (v != current) return;
        v.close();
        current = null;
        loadedText = null;
        commandsChanged();
        report(Level.ERROR, "disabled because " + reason + "; fix the script and save it to load it again");
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }

    private static String describeChanges(Set<String> added, Set<String> removed) {
        if (added.isEmpty() && removed.isEmpty()) return "";
        StringBuilder s = new StringBuilder(", commands");
        added.forEach(c -> s.append(" +/").append(c));
        removed.forEach(c -> s.append(" -/").append(c));
        return s.toString();
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
