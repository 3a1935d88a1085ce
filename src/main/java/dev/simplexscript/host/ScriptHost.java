package dev.simplexscript.host;

import dev.simplexscript.api.BotApi;
import dev.simplexscript.api.CommandInfo;
import dev.simplexscript.api.EventView;
import dev.simplexscript.client.CoreGateway;
import dev.simplexscript.client.CoreUnavailableException;
import dev.simplexscript.lang.ScriptError;
import dev.simplexscript.lang.ScriptFiles;
import dev.simplexscript.lang.ScriptLanguage;
import dev.simplexscript.lang.groovy.GroovyLanguage;
import dev.simplexscript.lang.js.JsLanguage;
import dev.simplexscript.store.ScriptStores;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * Runs many scripts against one chat core. Feed it core events with {@link #dispatch} and the
 * connection state with {@link #connected()}/{@link #disconnected()}; give it files or folders to
 * load and watch. Each script runs on its own dispatcher, so a slow or broken script only ever
 * delays itself, and has its own {@link BotApi} whose commands go through its own line to the core.
 */
public final class ScriptHost implements AutoCloseable {
    /** The core as a host without one sees it: every command fails. */
    private static final CoreGateway NO_CORE = command -> CompletableFuture.failedFuture(
            new CoreUnavailableException("this host has no chat core; not sent: " + command));

    private final HostConfig config;
    /** The host's own API over the core: the command menu, answers to unknown commands, each event's view. */
    private final BotApi api;
    private final List<ScriptLanguage> languages = List.of(new JsLanguage(), new GroovyLanguage());
    private final Map<Path, Script> loaded = new ConcurrentHashMap<>();
    private final List<FolderWatcher> watchers = new ArrayList<>();
    private final List<Path> folders = new CopyOnWriteArrayList<>();
    private final ScheduledThreadPoolExecutor timers;
    private final ScheduledExecutorService scriptTimers;
    private final Watchdog watchdog = new Watchdog();
    private final ScriptStores stores;
    private final HostServices services;
    private final CommandRouter commands;
    private final PathPolicy files;
    private final AtomicLong connections = new AtomicLong();
    private volatile boolean connected;

    /** A host with no chat core (scripts load and run; every command they send fails). */
    public ScriptHost(HostConfig config) {
        this(config, NO_CORE, null);
    }

    /**
     * A host over {@code core}. Script timers ({@code every}, {@code after}, {@code schedule}) run
     * on {@code scriptTimers} instead of wall-clock time when given, so a test can drive time; the
     * host shuts it down on close. Null means the host's own clock.
     */
    public ScriptHost(HostConfig config, CoreGateway core, ScheduledExecutorService scriptTimers) {
        this(config, core, scriptTimers, Map.of());
    }

    /**
     * As {@link #ScriptHost(HostConfig, CoreGateway, ScheduledExecutorService)}, with objects of the
     * embedding application that every script sees as globals beside the API's (plain Java objects
     * whose {@code @HostAccess.Export}ed members scripts may use).
     */
    public ScriptHost(HostConfig config, CoreGateway core, ScheduledExecutorService scriptTimers, Map<String, Object> globals) {
        this.config = config;
        this.api = new BotApi(core);
        this.files = config.files() == null ? PathPolicy.closed() : config.files();
        this.stores = config.storeFile() == null ? ScriptStores.inMemory() : ScriptStores.open(config.storeFile());
        this.timers = new ScheduledThreadPoolExecutor(1, task -> Thread.ofPlatform().daemon().name("script-timers").unstarted(task));
        this.timers.setRemoveOnCancelPolicy(true);
        this.scriptTimers = scriptTimers == null ? timers : scriptTimers;
        this.commands = new CommandRouter(api, config, () -> loaded.values().stream().map(Script::commands).toList());
        this.services = new HostServices(config, watchdog, this.scriptTimers, this::languageFor, stores, () -> commands.publish(false),
                core, files, () -> connected ? connections.get() : 0, Map.copyOf(globals));
    }

    /** True for bot scripts ({@link ScriptFiles}): what a folder run loads. */
    public boolean isScript(Path file) {
        return ScriptFiles.isBot(file);
    }

    /**
     * Loads {@code file}, or reloads it when already loaded: the new version replaces the running
     * one only when its top level and {@code on.start} ran cleanly. Completes when the attempt is
     * over, never exceptionally: a failure is in the result.
     *
     * @throws IllegalArgumentException when {@code file} is not a bot script
     */
    public CompletableFuture<LoadResult> load(Path file) {
        return load(file, false, ScriptObserver.Cause.HOST);
    }

    private CompletableFuture<LoadResult> load(Path file, boolean force, ScriptObserver.Cause cause) {
        Path key = file.toAbsolutePath().normalize();
        if (!isScript(key)) {
            throw new IllegalArgumentException(file + " is not a bot script (" + ScriptFiles.describe() + ")");
        }
        String text;
        try {
            text = Files.readString(key);
        } catch (IOException e) {
            ScriptError error = new ScriptError(ScriptError.Kind.ERROR, key.getFileName().toString(), 0, "cannot read: " + e);
            config.reporter().report(error.file(), Level.ERROR, error.getMessage());
            return CompletableFuture.completedFuture(new LoadResult(error.file(), 0, false, Duration.ZERO, Set.of(), Set.of(), error));
        }
        return loaded.computeIfAbsent(key, k -> new Script(k, services)).load(text, force, cause);
    }

    /**
     * Files in a watched folder changed: each script affected reloads once (with its new text, or
     * because a data file it read now holds something else), vanished scripts stop. A rescan
     * (a ConfigMap's symlink swap, lost events) looks at every script of {@code folder}.
     */
    private void changed(Path folder, Predicate<Path> watchedScript, FolderWatcher.Batch batch) {
        Set<Path> scripts = new TreeSet<>();
        Set<Path> forced = new TreeSet<>();
        for (Path file : batch.files()) {
            if (isScript(file)) scripts.add(file);
            else loaded.forEach((path, script) -> {
                if (script.assetChanged(file)) forced.add(path);
            });
        }
        if (batch.rescan()) {
            loaded.forEach((path, script) -> {
                if (folder.equals(path.getParent())) {
                    scripts.add(path);
                    if (script.assetsChangedAny()) forced.add(path);
                }
            });
            try {
                ScriptFiles.list(folder, ScriptFiles.Kind.BOT).stream().map(p -> p.toAbsolutePath().normalize())
                        .filter(watchedScript).forEach(scripts::add);
            } catch (IOException e) {
                config.reporter().report("host", Level.WARNING, "cannot list " + folder + ": " + e);
            }
        }
        scripts.addAll(forced);
        for (Path script : scripts) {
            if (Files.isRegularFile(script)) load(script, forced.contains(script), ScriptObserver.Cause.HOST);
            else unload(script);
        }
    }

    /** Stops a script ({@code on.stop} runs); completes when it is gone. */
    public CompletableFuture<Void> unload(Path file) {
        Script script = loaded.remove(file.toAbsolutePath().normalize());
        if (script == null) return CompletableFuture.completedFuture(null);
        return script.stop().whenComplete((ok, e) -> commands.publish(false));
    }

    /**
     * Loads every bot in a folder (alphabetically, not recursing; tests and data files are not
     * loaded) or one file, then watches it: saves reload, new bots load, deleted ones stop.
     * Returns the initial loads.
     *
     * @throws IllegalArgumentException when the folder lies inside the files folder
     */
    public List<CompletableFuture<LoadResult>> watch(Path folderOrFile) throws IOException {
        Path target = folderOrFile.toAbsolutePath().normalize();
        Path folder = Files.isDirectory(target) ? target : target.getParent();
        files.checkWatched(folder);
        List<Path> scripts;
        Predicate<Path> watchedScript;
        if (Files.isDirectory(target)) {
            scripts = ScriptFiles.list(target, ScriptFiles.Kind.BOT);
            watchedScript = p -> true;
            folders.add(target);
        } else {
            scripts = List.of(target);
            watchedScript = target::equals;
        }
        FolderWatcher watcher = new FolderWatcher(folder, p -> (isScript(p) && watchedScript.test(p)) || usedAsAsset(p),
                config.debounce(), timers, batch -> changed(folder, watchedScript, batch));
        synchronized (watchers) {
            watchers.add(watcher);
        }
        return scripts.stream().map(this::load).toList();
    }

    private boolean usedAsAsset(Path file) {
        return loaded.values().stream().anyMatch(s -> s.usesAsset(file));
    }

    /**
     * Hands a core event (the {@code resp} of a frame without corrId) to every script that has a
     * handler for it. The scripts share one {@link EventView} of it: its objects are built once,
     * when the first script asks, and never copied.
     */
    public void dispatch(JsonNode event) {
        EventView view = api.view(event);
        for (Script script : loaded.values()) script.offer(view);
        try {
            commands.answerUnknown(view);
        } catch (RuntimeException e) {
            config.reporter().report("host", Level.WARNING, "could not check for unknown commands: " + e.getMessage());
        }
    }

    /**
     * The core is (again) reachable: {@code on.connected} runs (also in scripts that load while it
     * stays connected, the first connection included) and the command menu is republished.
     */
    public void connected() {
        // It may be another core, or the same with another active user: every API asks again.
        api.forgetUser();
        long connection = connections.incrementAndGet();
        connected = true;
        loaded.values().forEach(s -> s.connected(connection));
        commands.publish(true);
    }

    /** The core went away: {@code on.disconnected} runs; scripts keep their state. */
    public void disconnected() {
        connected = false;
        loaded.values().forEach(Script::disconnected);
    }

    /**
     * True when no script has work running or queued. A script awaiting a core answer is idle
     * here; callers that wait for a bot to finish also check the client's pending commands.
     */
    public boolean idle() {
        return loaded.values().stream().allMatch(Script::idle);
    }

    /** Every script the host knows (loaded, failed or disabled), sorted by name. */
    public List<ScriptStatus> status() {
        return loaded.values().stream().map(Script::status)
                .sorted(Comparator.comparing(ScriptStatus::name)).toList();
    }

    /** The folders given to {@link #watch} (not single files), in the order given. */
    public List<Path> folders() {
        return List.copyOf(folders);
    }

    /**
     * Stops a script until {@link #enable} (an operator's disable): saves of the file do not load it.
     * Completes when its {@code on.stop} ran.
     */
    public CompletableFuture<Void> disable(Path file) {
        Script script = loaded.get(file.toAbsolutePath().normalize());
        if (script == null) return CompletableFuture.failedFuture(new IllegalArgumentException(file.getFileName() + " is not loaded"));
        return script.hold();
    }

    /**
     * Loads a script from its file unless that text runs already, and lets saves reload it again
     * after a {@link #disable}.
     */
    public CompletableFuture<LoadResult> enable(Path file) {
        return fromFile(file, Script::enable);
    }

    /** Loads a script from its file again even when unchanged (its top level runs again); a failure keeps the old version. */
    public CompletableFuture<LoadResult> reload(Path file) {
        return fromFile(file, (script, text) -> script.load(text, true, ScriptObserver.Cause.OPERATOR));
    }

    /** Loads a file the host does not know yet, or hands a known one's text to {@code how}. */
    private CompletableFuture<LoadResult> fromFile(Path file, BiFunction<Script, String, CompletableFuture<LoadResult>> how) {
        Path key = file.toAbsolutePath().normalize();
        Script script = loaded.get(key);
        if (script == null) return load(key, false, ScriptObserver.Cause.OPERATOR);
        try {
            return how.apply(script, Files.readString(key));
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Names of the loaded scripts, sorted. */
    public List<String> scripts() {
        return loaded.values().stream().map(Script::name).sorted().toList();
    }

    /** Each loaded script's queues, unanswered commands, timers and refusals, by name. */
    public List<ScriptStats> stats() {
        return loaded.values().stream().map(Script::stats).sorted(java.util.Comparator.comparing(ScriptStats::script)).toList();
    }

    /** The commands all running scripts registered, sorted by name. */
    public List<CommandInfo> commands() {
        return commands.all();
    }

    private ScriptLanguage languageFor(Path file) {
        return languages.stream().filter(l -> l.accepts(file)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(file + " is not a script"));
    }

    /** Stops every script ({@code on.stop} runs), then frees contexts, timers and the store. */
    @Override
    public void close() {
        synchronized (watchers) {
            watchers.forEach(FolderWatcher::close);
            watchers.clear();
        }
        List<Script> all = List.copyOf(loaded.values());
        List<CompletableFuture<Void>> stopping = all.stream().map(Script::stop).toList();
        loaded.clear();
        try {
            CompletableFuture.allOf(stopping.toArray(CompletableFuture[]::new))
                    .get(config.handlerBudget().toMillis() * 2 + 1000, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            config.reporter().report("host", Level.WARNING, "some scripts did not stop in time: " + e);
        }
        // Whatever did not stop in time takes no more work: nothing runs once the watchdog is gone.
        all.forEach(Script::abandon);
        timers.shutdownNow();
        scriptTimers.shutdownNow();
        watchdog.close();
        languages.forEach(ScriptLanguage::close);
        stores.close();
    }
}
