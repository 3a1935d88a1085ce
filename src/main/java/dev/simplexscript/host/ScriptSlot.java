package dev.simplexscript.host;

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
import tools.jackson.databind.JsonNode;

/**
 * One script file across its versions. Its dispatcher outlives every version, and a reload is
 * just one more task on it: events queued before the swap reach the old version, events queued
 * after reach the new one, and none is lost or seen twice. The fields below the dispatcher are
 * touched only on the dispatcher thread.
 */
final class ScriptSlot {
    private final Path file;
    private final String name;
    private final HostServices services;
    private final ScriptApi api;
    private final Map<String, Object> hostGlobals;
    private final ScriptAssets assets;
    private final Dispatcher dispatcher;
    private final ScriptObserver.Probe probe;

    private ScriptScope current;
    private int versions;
    private int failures;
    private String loadedText;
    private volatile Set<CommandInfo> published = Set.of();
    /** What {@link #status()} reports; written on the dispatcher thread only. */
    private volatile ScriptStatus.State state = ScriptStatus.State.FAILED;
    private volatile String problem = "not loaded yet";
    private volatile int shownVersion;
    /** Set by an operator's disable: saves do not load the script until it is enabled. */
    private volatile boolean held;

    ScriptSlot(Path file, HostServices services, ScriptApi api) {
        this.file = file;
        this.name = file.getFileName().toString();
        this.services = services;
        this.api = api;
        this.assets = new ScriptAssets(file.getParent());
        this.hostGlobals = Map.of(
                "asset", assets,
                "store", services.stores().open(name),
                "log", new ScriptLog(services.config().reporter(), name));
        this.dispatcher = new Dispatcher(name);
        this.probe = services.config().observer().probe(name);
    }

    ScriptStatus status() {
        return new ScriptStatus(name, file, shownVersion, state, problem, dispatcher.queued());
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
        dispatcher.submit(() -> {
            if (held) {
                report(Level.INFO, "not loaded: disabled by the operator until enabled again");
                result.complete(new LoadResult(name, 0, false, Duration.ZERO, Set.of(), Set.of(),
                        new ScriptError(ScriptError.Kind.REFUSED, name, 0, "disabled by the operator")));
                return;
            }
            if (force) loadedText = null;
            result.complete(loadNow(text));
        })
                .exceptionally(e -> {
                    result.completeExceptionally(e);
                    return null;
                });
        return result;
    }

    /** An operator's enable: loads {@code text} unless that text runs already, and lets later saves load again. */
    CompletableFuture<LoadResult> enable(String text) {
        held = false;
        return load(text, false);
    }

    /** An operator's disable: stops the running version; saves do not load it until {@link #enable}. */
    CompletableFuture<Void> hold() {
        held = true;
        return dispatcher.submit(() -> {
            if (current != null) {
                runHandlers(current, "stop", List.of());
                disable(current, "the operator disabled it");
            }
        });
    }

    /** Runs {@code on.stop} and unloads; the slot takes no more work. */
    CompletableFuture<Void> stop() {
        return dispatcher.submit(() -> {
            if (current != null) {
                runHandlers(current, "stop", List.of());
                current.close();
                current = null;
                report(Level.INFO, "stopped");
            }
            published = Set.of();
        }).whenComplete((ok, e) -> dispatcher.shutdown());
    }

    void offer(JsonNode event) {
        dispatcher.execute(() -> handle(event));
    }

    /** Host-made events ({@code connected}, {@code disconnected}). */
    void signal(String sugar) {
        dispatcher.execute(() -> {
            if (current != null) runHandlers(current, sugar, List.of());
        });
    }

    void post(ScriptScope version, String what, Runnable task) {
        dispatcher.execute(() -> guarded(version, what, task));
    }

    void report(Level level, String message) {
        services.config().reporter().report(name, level, message);
    }

    void commandsChanged() {
        published = current == null ? Set.of() : Set.copyOf(current.commands().values().stream()
                .map(ScriptScope.Command::info).toList());
        services.commandsChanged().run();
    }

    private LoadResult loadNow(String text) {
        long start = System.nanoTime();
        if (current != null && text.equals(loadedText)) {
            return new LoadResult(name, current.number(), true, Duration.ZERO, Set.of(), Set.of(), null);
        }
        Map<String, Object> globals = new LinkedHashMap<>(api.globals());
        globals.putAll(hostGlobals);
        ScriptScope candidate = new ScriptScope(this, versions + 1, globals);
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
            if (current == null) {
                state = ScriptStatus.State.FAILED;
                problem = error.getMessage();
            }
            probe.loadFailed(error);
            return new LoadResult(name, current == null ? 0 : current.number(), false, since(start), Set.of(), Set.of(), error);
        }
        return swap(candidate, text, start);
    }

    private LoadResult swap(ScriptScope next, String text, long start) {
        ScriptScope old = current;
        Set<String> before = old == null ? Set.of() : old.commands().keySet();
        Set<String> after = Set.copyOf(next.commands().keySet());
        if (old != null) {
            runHandlers(old, "stop", List.of());
            old.close();
        }
        current = next;
        versions = next.number();
        loadedText = text;
        failures = 0;
        next.activate();
        state = ScriptStatus.State.RUNNING;
        problem = null;
        shownVersion = next.number();
        probe.loaded(next.number());
        commandsChanged();
        Set<String> added = difference(after, before);
        Set<String> removed = difference(before, after);
        Duration took = since(start);
        report(Level.INFO, (old == null ? "loaded" : "reloaded") + " v" + next.number() + " in " + took.toMillis() + " ms"
                + describeChanges(added, removed));
        runHandlers(next, "start", List.of());
        return new LoadResult(name, next.number(), true, took, added, removed, null);
    }

    private void handle(JsonNode event) {
        ScriptScope v = current;
        if (v == null) return;
        String type = event.path("type").asString("");
        runHandlers(v, type, List.of(event));
        for (String sugar : api.sugarsFor(type)) {
            boolean routeCommands = sugar.equals("message") && !v.commands().isEmpty();
            if (v.handlers(sugar).isEmpty() && !routeCommands) continue;
            List<Object> items;
            try {
                items = api.wrap(sugar, event);
            } catch (RuntimeException e) {
                report(Level.WARNING, "could not read a " + type + " event as " + sugar + ": " + describe(e));
                continue;
            }
            for (Object item : items) {
                if (routeCommands && routeCommand(v, item)) continue;
                runHandlers(v, sugar, List.of(item));
            }
        }
    }

    /** Runs the script's own command for {@code message}; false when it is not one. */
    private boolean routeCommand(ScriptScope v, Object message) {
        Optional<CommandCall> call = api.command(message);
        if (call.isEmpty()) return false;
        ScriptScope.Command command = v.commands().get(call.get().name());
        if (command == null) return false;
        invoke(v, "/" + call.get().name(), command.handler(), List.of(message, call.get().args(), call.get().rest()));
        return true;
    }

    private void runHandlers(ScriptScope v, String type, List<Object> args) {
        for (GuestFunction handler : List.copyOf(v.handlers(type))) invoke(v, type, handler, args);
    }

    private void invoke(ScriptScope v, String what, GuestFunction fn, List<Object> args) {
        guarded(v, "handler for " + what, () -> fn.call(args));
    }

    /** Runs guest code under the budget; a failure is reported and counted, never thrown. */
    private void guarded(ScriptScope v, String what, Runnable body) {
        if (!v.isOpen()) return;
        Watchdog.Ticket ticket = services.watchdog().start(v.runtime(), services.config().handlerBudget(),
                () -> dispatcher.execute(() -> disable(v, "its " + what + " could not be stopped")));
        long start = System.nanoTime();
        ScriptError failure = null;
        try {
            body.run();
            if (v == current) failures = 0;
        } catch (ScriptError e) {
            failure = e;
        } catch (RuntimeException | StackOverflowError e) {
            failure = new ScriptError(ScriptError.Kind.ERROR, name, 0, describe(e));
        } finally {
            ticket.end();
            Thread.interrupted();
        }
        probe.ran(System.nanoTime() - start, failure);
        if (failure != null) failed(v, what, failure);
    }

    private void failed(ScriptScope v, String what, ScriptError error) {
        String message = error.kind() == ScriptError.Kind.TIMEOUT
                ? what + " ran past its " + services.config().handlerBudget().toMillis() + " ms budget and was stopped ("
                  + error.getMessage() + ")"
                : what + " failed: " + error.getMessage();
        report(Level.ERROR, message);
        if (v != current) return;
        failures++;
        if (failures >= services.config().maxFailures()) disable(v, "it failed " + failures + " times in a row");
    }

    private void disable(ScriptScope v, String reason) {
        if (v != current) return;
        v.close();
        current = null;
        loadedText = null;
        state = ScriptStatus.State.DISABLED;
        problem = reason;
        probe.disabled(reason);
        commandsChanged();
        report(Level.ERROR, "disabled because " + reason + (held ? "; /admin enable " + name + " loads it again"
                : "; fix the script and save it to load it again"));
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
