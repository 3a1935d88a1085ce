package dev.simplexscript.host;

import dev.simplexscript.api.BotApi;
import dev.simplexscript.api.CommandCall;
import dev.simplexscript.api.CommandInfo;
import dev.simplexscript.api.EventShortcut;
import dev.simplexscript.api.EventView;
import dev.simplexscript.api.objects.Message;
import dev.simplexscript.http.FetchFunction;
import dev.simplexscript.http.HttpApi;
import dev.simplexscript.http.HttpServices;
import dev.simplexscript.http.NetGrants;
import dev.simplexscript.http.Routes;
import dev.simplexscript.http.WebhookRequest;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One script file across its versions. Its dispatcher outlives every version, and a reload is
 * just one more task on it: events queued before the swap reach the old version, events queued
 * after reach the new one, and none is lost or seen twice. The fields below the dispatcher are
 * touched only on the dispatcher thread.
 *
 * <p>A load or reload is all or nothing. The new version's top level runs in a fresh runtime;
 * then the old version's {@code on.stop} and the new version's {@code on.start} run; only when
 * all of that succeeded does the new version (its handlers, commands and timers) replace the old
 * one. If the top level or {@code on.start} throws, hangs past the budget or anything else fails,
 * the new version is discarded, the old one keeps running (its {@code on.start} runs again, after
 * its {@code on.stop}), and the failure is reported. Nothing a load does is thrown to the host.
 */
final class Script {
    /** {@code http.verifyHmac}; the route functions beside it come from each script's registrar. */
    private static final HttpApi HTTP = new HttpApi();

    /** A failure this soon after one of the script's commands found the core away is blamed on the core. */
    private static final long UNAVAILABLE_GRACE_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final Path file;
    private final String name;
    private final HostServices services;
    /** This script's own API objects, whose commands all go through its {@link ScriptGateway}. */
    private final BotApi api;
    private final ScriptGateway gateway;
    private final Map<String, Object> hostGlobals;
    private final ScriptAssets assets;
    private final Dispatcher dispatcher;
    private final ReportThrottle overload;
    private final ScriptObserver.Probe probe;

    private ScriptVersion current;
    private int versions;
    private int failures;
    private String loadedText;
    private volatile Set<CommandInfo> published = Set.of();
    /** Event types and shortcut names the running version handles; read by the host's event thread. */
    private volatile Set<String> wanted = Set.of();
    /** Loads queued or running: until they are done, every event is queued, as the new version may want it. */
    private final AtomicInteger loading = new AtomicInteger();
    /** What {@link #status()} reports; written on the dispatcher thread only. */
    private volatile ScriptStatus.State state = ScriptStatus.State.FAILED;
    private volatile String problem = "not loaded yet";
    private volatile int shownVersion;
    /** Set by an operator's disable: saves do not load the script until it is enabled. */
    private volatile boolean held;

    Script(Path file, HostServices services) {
        HostConfig config = services.config();
        this.file = file;
        this.name = file.getFileName().toString();
        this.services = services;
        this.dispatcher = new Dispatcher(name, config.limits().queuedEvents(), config.reporter());
        boolean trusted = config.trusted().test(file);
        PathPolicy files = trusted ? services.files().trusted() : services.files();
        this.gateway = new ScriptGateway(services.core(), files, config.limits(), new ReportThrottle(config.reporter(), name),
                dispatcher::wake);
        dispatcher.gateEvents(() -> !gateway.saturated());
        this.api = new BotApi(gateway, trusted);
        this.overload = new ReportThrottle(config.reporter(), name);
        this.assets = new ScriptAssets(file.getParent(), services.files());
        this.hostGlobals = Map.of(
                "asset", assets,
                "store", services.stores().forScript(file),
                "log", new ScriptLog(config.reporter(), name));
        this.probe = config.observer().probe(name);
    }

    ScriptStatus status() {
        return new ScriptStatus(name, file, shownVersion, state, problem, dispatcher.queuedEvents());
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

    /** True when this script read {@code file} with {@code asset()} and its content is not what was read. */
    boolean assetChanged(Path file) {
        return assets.changed(file);
    }

    /** True when any data file this script read now holds something else. */
    boolean assetsChangedAny() {
        return assets.changedAny();
    }

    boolean usesAsset(Path file) {
        return assets.uses(file);
    }

    ScriptStats stats() {
        ScriptVersion v = current;
        return new ScriptStats(name, dispatcher.queuedEvents(), dispatcher.droppedEvents(), gateway.unanswered(),
                gateway.refused(), v == null ? 0 : v.liveTimers());
    }

    /**
     * Loads {@code text}; {@code force} reloads even unchanged text (an asset it reads changed, or an
     * operator asked). Never completes exceptionally.
     */
    CompletableFuture<LoadResult> load(String text, boolean force, ScriptObserver.Cause cause) {
        CompletableFuture<LoadResult> result = new CompletableFuture<>();
        loading.incrementAndGet();
        dispatcher.submit(() -> {
            try {
                if (held) {
                    report(Level.INFO, "not loaded: disabled by the operator until enabled again");
                    result.complete(new LoadResult(name, 0, false, Duration.ZERO, Set.of(), Set.of(),
                            new ScriptError(ScriptError.Kind.REFUSED, name, 0, "disabled by the operator")));
                    return;
                }
                if (force) loadedText = null;
                result.complete(loadNow(text, cause));
            } finally {
                loading.decrementAndGet();
            }
        }).whenComplete((ok, e) -> {
            if (e != null) result.complete(failed(System.nanoTime(), new ScriptError(ScriptError.Kind.ERROR, name, 0, describe(e)), cause));
        });
        return result;
    }

    /** An operator's enable: loads {@code text} unless that text runs already, and lets later saves load again. */
    CompletableFuture<LoadResult> enable(String text) {
        held = false;
        return load(text, false, ScriptObserver.Cause.OPERATOR);
    }

    /** An operator's disable: stops the running version; saves do not load it until {@link #enable}. */
    CompletableFuture<Void> hold() {
        held = true;
        return dispatcher.submit(() -> {
            if (current != null) {
                runHandlers(current, EventShortcut.STOP.scriptName(), List.of());
                disable(current, "the operator disabled it", ScriptObserver.Cause.OPERATOR);
            }
        });
    }

    /** Runs {@code on.stop} and unloads; the script takes no more work. */
    CompletableFuture<Void> stop() {
        return dispatcher.submitPrompt(() -> {
            if (current != null) {
                runHandlers(current, EventShortcut.STOP.scriptName(), List.of());
                current.close();
                current = null;
                report(Level.INFO, "stopped");
            }
            services.config().http().routes().remove(owner());
            published = Set.of();
            wanted = Set.of();
        }).whenComplete((ok, e) -> dispatcher.shutdown());
    }

    /** Takes no more work, whether or not {@link #stop()} finished. */
    void abandon() {
        dispatcher.shutdown();
    }

    /** Queues a core event for the script, unless no version that may run it has a handler for it. */
    void offer(EventView event) {
        if (loading.get() == 0 && !wants(event)) return;
        dispatcher.offerEvent(() -> handle(event));
    }

    private boolean wants(EventView event) {
        Set<String> names = wanted;
        if (names.contains(event.type())) return true;
        for (EventShortcut shortcut : event.shortcuts()) {
            if (names.contains(shortcut.scriptName())) return true;
        }
        return false;
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

    /** The core is connected (connection number {@code connection}): {@code on.connected} runs once for it. */
    void connected(long connection) {
        api.forgetUser();
        dispatcher.execute(() -> {
            if (current != null && current.firstSight(connection)) runHandlers(current, EventShortcut.CONNECTED.scriptName(), List.of());
        });
    }

    /** The core went away: {@code on.disconnected} runs. */
    void disconnected() {
        dispatcher.execute(() -> {
            if (current != null) runHandlers(current, EventShortcut.DISCONNECTED.scriptName(), List.of());
        });
    }

    /** Resumes guest code after an API call completed: ahead of queued events. */
    void post(ScriptVersion version, String what, Runnable task) {
        dispatcher.executePrompt(() -> guarded(version, what, task));
    }

    /** A timer tick, in order with the events. */
    void tick(ScriptVersion version, Runnable task) {
        dispatcher.execute(() -> guarded(version, "timer", task));
    }

    /** Host bookkeeping that must run on the dispatcher thread. */
    void onDispatcher(Runnable task) {
        dispatcher.executePrompt(task);
    }

    /** The running version registered a route after it started: it is served from now on, or refused. */
    void routesChanged() {
        try {
            claimRoutes(current);
        } catch (Routes.Conflict e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    /** Who owns routes in the table: the script's full path, as two folders may hold a {@code bot.js} each. */
    private String owner() {
        return file.toString();
    }

    /** Makes {@code version}'s routes this script's, in one step. */
    private void claimRoutes(ScriptVersion version) {
        Map<Routes.Route, Routes.Handler> handlers = new LinkedHashMap<>();
        for (Routes.Route route : version.routes().keySet()) handlers.put(route, request -> serve(route, request));
        services.config().http().routes().replace(owner(), handlers);
    }

    /** A start that failed: the old version's routes are served again (none when there is no old version). */
    private void giveBackRoutes(ScriptVersion old) {
        try {
            if (old == null) services.config().http().routes().remove(owner());
            else claimRoutes(old);
        } catch (Routes.Conflict e) {
            report(Level.ERROR, "the running version lost a route while the new one failed to start: " + e.getMessage());
        }
    }

    /**
     * Answers a webhook request on this script's dispatcher, in order with its events, with the
     * handler of the version running then; completes with the handler's value.
     */
    private CompletableFuture<Object> serve(Routes.Route route, WebhookRequest request) {
        CompletableFuture<Object> reply = new CompletableFuture<>();
        boolean queued = dispatcher.offerEvent(() -> {
            ScriptVersion v = current;
            GuestFunction handler = v == null ? null : v.routes().get(route);
            if (handler == null) {
                reply.complete(Map.of("status", 404, "body", "no such route"));
                return;
            }
            boolean[] returned = {false};
            guarded(v, "route " + route, () -> {
                handler.apply(List.of(request)).whenComplete((value, error) -> {
                    if (error == null) reply.complete(value);
                    else reply.completeExceptionally(error);
                });
                returned[0] = true;
            });
            // A handler that threw, or was stopped, before it returned: guarded() reported and counted it.
            if (!returned[0]) reply.completeExceptionally(new IllegalStateException("the handler failed before it answered (see the script's log)"));
        });
        if (!queued) reply.complete(Map.of("status", 503, "body", "the bot is busy; try again later"));
        return reply;
    }

    private static String describeHttp(ScriptVersion v) {
        StringBuilder out = new StringBuilder();
        if (!v.routes().isEmpty()) {
            out.append("; routes: ").append(String.join(", ", v.routes().keySet().stream().map(Routes.Route::toString).toList()));
        }
        NetGrants.Granting granting = v.granting();
        if (!granting.granted().isEmpty() || !granting.refused().isEmpty()) {
            out.append("; fetch granted: ").append(granting.granted());
            if (!granting.refused().isEmpty()) out.append(" (refused: ").append(String.join(", ", granting.refused())).append(")");
        }
        return out.toString();
    }

    void report(Level level, String message) {
        services.config().reporter().report(name, level, message);
    }

    void commandsChanged() {
        published = current == null ? Set.of() : Set.copyOf(current.commands().values().stream()
                .map(ScriptVersion.Command::info).toList());
        handlersChanged();
        try {
            services.commandsChanged().run();
        } catch (RuntimeException e) {
            report(Level.WARNING, "the command menu could not be updated: " + describe(e));
        }
    }

    private LoadResult loadNow(String text, ScriptObserver.Cause cause) {
        long start = System.nanoTime();
        if (current != null && text.equals(loadedText)) {
            return new LoadResult(name, current.number(), true, Duration.ZERO, Set.of(), Set.of(), null);
        }
        ScriptVersion candidate = null;
        try {
            Map<String, Object> globals = new LinkedHashMap<>(api.globals());
            globals.putAll(services.globals());
            globals.putAll(hostGlobals);
            HttpServices http = services.config().http();
            NetGrants.Granting granting = http.ceiling().grant(NetGrants.requestedBy(text));
            globals.put("fetch", new FetchFunction(http.net(), granting.granted()));
            globals.put("http", HTTP);
            candidate = new ScriptVersion(this, versions + 1, globals, services.config().limits().timers(), granting);
            ScriptSource source = new ScriptSource(file, name, text, services.config().trusted().test(file));
            candidate.attach(services.languages().apply(file).prepare(source, candidate));
            ScriptVersion version = candidate;
            strict(version, "top level", () -> version.runtime().run());
            return activate(candidate, text, start, cause);
        } catch (ScriptError e) {
            if (candidate != null) candidate.close();
            return failed(start, e, cause);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError | LinkageError e) {
            // Whatever the language adapter or the script's top level threw: this load fails, the host goes on.
            if (candidate != null) candidate.close();
            return failed(start, new ScriptError(ScriptError.Kind.ERROR, name, 0, describe(e)), cause);
        }
    }

    /** The candidate's top level ran: stop the old version, start the new one, and keep whichever started. */
    private LoadResult activate(ScriptVersion next, String text, long start, ScriptObserver.Cause cause) {
        ScriptVersion old = current;
        Set<String> before = old == null ? Set.of() : old.commands().keySet();
        try {
            claimRoutes(next);
        } catch (Routes.Conflict e) {
            next.close();
            return failed(start, new ScriptError(ScriptError.Kind.ERROR, name, 0, e.getMessage()), cause);
        }
        if (old != null) runHandlers(old, EventShortcut.STOP.scriptName(), List.of());
        ScriptError startFailed = null;
        try {
            next.activate();
            for (GuestFunction handler : List.copyOf(next.handlers(EventShortcut.START.scriptName()))) {
                strict(next, "on.start", () -> handler.call(List.of()));
            }
        } catch (ScriptError e) {
            startFailed = e;
        } catch (RuntimeException e) {
            startFailed = new ScriptError(ScriptError.Kind.ERROR, name, 0, "could not start: " + describe(e));
        }
        if (startFailed != null) {
            next.close();
            giveBackRoutes(old);
            if (old != null) runHandlers(old, EventShortcut.START.scriptName(), List.of());
            return failed(start, startFailed, cause);
        }
        if (old != null) old.close();
        current = next;
        versions = next.number();
        loadedText = text;
        failures = 0;
        state = ScriptStatus.State.RUNNING;
        problem = null;
        shownVersion = next.number();
        probe.loaded(next.number());
        commandsChanged();
        Set<String> after = Set.copyOf(next.commands().keySet());
        Set<String> added = difference(after, before);
        Set<String> removed = difference(before, after);
        Duration took = since(start);
        report(Level.INFO, (old == null ? "loaded" : "reloaded") + " v" + next.number() + " in " + took.toMillis() + " ms"
                + describeChanges(added, removed) + describeHttp(next));
        long connection = services.connection().getAsLong();
        if (connection > 0 && next.firstSight(connection)) runHandlers(next, EventShortcut.CONNECTED.scriptName(), List.of());
        return new LoadResult(name, next.number(), true, took, added, removed, null);
    }

    private LoadResult failed(long start, ScriptError error, ScriptObserver.Cause cause) {
        report(Level.ERROR, (current == null ? "load failed: " : "reload failed, v" + current.number() + " keeps running: ")
                + error.getMessage());
        if (current == null) {
            state = ScriptStatus.State.FAILED;
            problem = error.getMessage();
        }
        probe.loadFailed(error, cause);
        return new LoadResult(name, current == null ? 0 : current.number(), false, since(start), Set.of(), Set.of(), error);
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

    /** Runs guest code that is part of a load under the budget; any failure is thrown as a {@link ScriptError}. */
    private void strict(ScriptVersion v, String what, Runnable body) {
        Watchdog.Ticket ticket = services.watchdog().start(v.runtime(), services.config().handlerBudget(),
                services.config().blockedLimit(), () -> {});
        Watchdog.Stop stop = null;
        try {
            api.actAs(body);
        } catch (ScriptError e) {
            stop = ticket.end();
            throw stop == null ? e : new ScriptError(ScriptError.Kind.TIMEOUT, e.file(), e.line(), what + " " + stopped(stop, ticket));
        } catch (RuntimeException | StackOverflowError e) {
            throw new ScriptError(ScriptError.Kind.ERROR, name, 0, what + " failed: " + describe(e));
        } finally {
            if (stop == null) ticket.end();
            Thread.interrupted();
        }
    }

    /** Runs guest code under the budget; a failure is reported and counted, never thrown. */
    private void guarded(ScriptVersion v, String what, Runnable body) {
        if (!v.isOpen()) return;
        Watchdog.Ticket ticket = services.watchdog().start(v.runtime(), services.config().handlerBudget(),
                services.config().blockedLimit(), () -> dispatcher.executePrompt(() -> disable(v, "its " + what + " could not be stopped", ScriptObserver.Cause.HOST)));
        ScriptError error = null;
        try {
            api.actAs(body);
        } catch (ScriptError e) {
            error = e;
        } catch (RuntimeException | StackOverflowError e) {
            error = new ScriptError(ScriptError.Kind.ERROR, name, 0, describe(e));
        }
        Watchdog.Stop stop = ticket.end();
        Thread.interrupted();
        probe.ran(ticket.wallNanos(), error);
        if (error == null) {
            if (v == current) failures = 0;
            noteOverload(what, ticket);
        } else {
            failed(v, what, error, stop, ticket);
        }
    }

    /** A call that took far longer than it ran: the machine, not the script, was slow. */
    private void noteOverload(String what, Watchdog.Ticket ticket) {
        long wall = ticket.wallNanos();
        long budget = services.config().handlerBudget().toNanos();
        if (wall > budget && ticket.cpuNanos() < wall / 2) {
            overload.occurred(Level.WARNING, "the machine is overloaded: the " + what + " took " + millis(wall) + " ms but ran only "
                    + millis(ticket.cpuNanos()) + " ms; the budget counts the script's CPU time, so this is not held against it");
        }
    }

    private void failed(ScriptVersion v, String what, ScriptError error, Watchdog.Stop stop, Watchdog.Ticket ticket) {
        String message = stop != null || error.kind() == ScriptError.Kind.TIMEOUT
                ? what + " " + stopped(stop, ticket) + " (" + error.getMessage() + ")"
                : what + " failed: " + error.getMessage();
        if (stop == null && gateway.coreUnavailableWithin(UNAVAILABLE_GRACE_NANOS)) {
            report(Level.ERROR, message + " (not counted against the script: the chat core was unavailable)");
            return;
        }
        report(Level.ERROR, message);
        if (v != current) return;
        failures++;
        if (failures >= services.config().maxFailures()) disable(v, "it failed " + failures + " times in a row", ScriptObserver.Cause.HOST);
    }

    private String stopped(Watchdog.Stop stop, Watchdog.Ticket ticket) {
        if (stop == Watchdog.Stop.BLOCKED) {
            return "held its thread for " + millis(ticket.wallNanos()) + " ms while running only " + millis(ticket.cpuNanos())
                    + " ms (blocked past the " + services.config().blockedLimit().toSeconds() + " s limit) and was stopped";
        }
        return "ran past its " + services.config().handlerBudget().toMillis() + " ms CPU budget and was stopped";
    }

    private void disable(ScriptVersion v, String reason, ScriptObserver.Cause cause) {
        if (v != current) return;
        v.close();
        current = null;
        services.config().http().routes().remove(owner());
        loadedText = null;
        state = ScriptStatus.State.DISABLED;
        problem = reason;
        probe.disabled(reason, cause);
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

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
