package dev.simplexscript.host;

import dev.simplexscript.api.CoreGateway;
import dev.simplexscript.api.CoreUnavailableException;
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
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * Runs many scripts against one chat core. Feed it core events with {@link #dispatch} and the
 * connection state with {@link #connected()}/{@link #disconnected()}; give it files or folders to
 * load and watch. Each script runs on its own dispatcher, so a slow or broken script only ever
 * delays itself.
 */
public final class ScriptHost implements AutoCloseable {
    /** The core as a host without one sees it: every command fails. */
    private static final CoreGateway NO_CORE = command -> CompletableFuture.failedFuture(
            new CoreUnavailableException("this host has no chat core; not sent: " + command));

    private final HostConfig config;
    private final ScriptApiFactory apis;
    private final List<ScriptLanguage> languages = List.of(new JsLanguage(), new GroovyLanguage());
    private final Map<Path, ScriptSlot> slots = new ConcurrentHashMap<>();
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
    public ScriptHost(HostConfig config, ScriptApiFactory apis) {
        this(config, apis, NO_CORE, null);
    }

    /**
     * A host over {@code core}. Script timers ({@code every}, {@code after}, {@code schedule}) run
     * on {@code scriptTimers} instead of wall-clock time when given, so a test can drive time; the
     * host shuts it down on close. Null means the host's own clock.
     */
    public ScriptHost(HostConfig config, ScriptApiFactory apis, CoreGateway core, ScheduledExecutorService scriptTimers) {
        this.config = config;
        this.apis = apis;
        this.files = config.files() == null ? PathPolicy.closed() : config.files();
        this.stores = config.storeFile() == null ? ScriptStores.inMemory() : ScriptStores.open(config.storeFile());
        this.timers = new ScheduledThreadPoolExecutor(1, task -> Thread.ofPlatform().daemon().name("script-timers").unstarted(task));
        this.timers.setRemoveOnCancelPolicy(true);
        this.scriptTimers = scriptTimers == null ? timers : scriptTimers;
        this.commands = new CommandRouter(apis.create("host", core), config,
                () -> slots.values().stream().map(ScriptSlot::commands).toList());
        this.services = new HostServices(config, watchdog, this.scriptTimers, this::languageFor, stores, () -> commands.publish(false),
                core, files, () -> connected ? connections.get() : 0);
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
        return load(file, false);
    }

    private CompletableFuture<LoadResult> load(Path file, boolean force) {
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
        return slots.computeIfAbsent(key, k -> new ScriptSlot(k, services, apis)).load(text, force);
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
            else slots.forEach((script, slot) -> {
                if (slot.assetChanged(file)) forced.add(script);
            });
        }
        if (batch.rescan()) {
            slots.forEach((script, slot) -> {
                if (folder.equals(script.getParent())) {
                    scripts.add(script);
                    if (slot.assetsChangedAny()) forced.add(script);
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
            if (Files.isRegularFile(script)) load(script, forced.contains(script));
            else unload(script);
        }
    }

    /** Stops a script ({@code on.stop} runs); completes when it is gone. */
    public CompletableFuture<Void> unload(Path file) {
        ScriptSlot slot = slots.remove(file.toAbsolutePath().normalize());
        if (slot == null) return CompletableFuture.completedFuture(null);
        return slot.stop().whenComplete((ok, e) -> commands.publish(false));
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
        return slots.values().stream().anyMatch(s -> s.usesAsset(file));
    }

    /** Hands a core event (the {@code resp} object, or a whole frame) to every script. */
    public void dispatch(JsonNode event) {
        JsonNode resp = event.has("resp") ? event.get("resp") : event;
        for (ScriptSlot slot : slots.values()) slot.offer(resp);
        try {
            commands.answerUnknown(resp);
        } catch (RuntimeException e) {
            config.reporter().report("host", Level.WARNING, "could not check for unknown commands: " + e.getMessage());
        }
    }

    /**
     * The core is (again) reachable: {@code on.connected} runs (also in scripts that load while it
     * stays connected, the first connection included) and the command menu is republished.
     */
    public void connected() {
        long connection = connections.incrementAndGet();
        connected = true;
        slots.values().forEach(s -> s.connected(connection));
        commands.publish(true);
    }

    /** The core went away: {@code on.disconnected} runs; scripts keep their state. */
    public void disconnected() {
        connected = false;
        slots.values().forEach(ScriptSlot::disconnected);
    }

    /**
     * True when no script has work running or queued. A script awaiting a core answer is idle
     * here; callers that wait for a bot to finish also check the client's pending commands.
     */
    public boolean idle() {
        return slots.values().stream().allMatch(ScriptSlot::idle);
    }

    /** Every script the host knows (loaded, failed or disabled), sorted by name. */
    public List<ScriptStatus> status() {
        return slots.values().stream().map(ScriptSlot::status)
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
        ScriptSlot slot = slots.get(file.toAbsolutePath().normalize());
        if (slot == null) return CompletableFuture.failedFuture(new IllegalArgumentException(file.getFileName() + " is not loaded"));
        return slot.hold();
    }

    /**
     * Loads a script from its file unless that text runs already, and lets saves reload it again
     * after a {@link #disable}.
     */
    public CompletableFuture<LoadResult> enable(Path file) {
        Path key = file.toAbsolutePath().normalize();
        ScriptSlot slot = slots.get(key);
        if (slot == null) return load(key);
        try {
            return slot.enable(Files.readString(key));
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Loads a script from its file again even when unchanged (its top level runs again); a failure keeps the old version. */
    public CompletableFuture<LoadResult> reload(Path file) {
        Path key = file.toAbsolutePath().normalize();
        ScriptSlot slot = slots.get(key);
        if (slot == null) return load(key);
        try {
            return slot.load(Files.readString(key), true);
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Names of the loaded scripts, sorted. */
    public List<String> scripts() {
        return slots.values().stream().map(ScriptSlot::name).sorted().toList();
    }

    /** Each loaded script's queues, unanswered commands, timers and refusals, by name. */
    public List<ScriptStats> stats() {
        return slots.values().stream().map(ScriptSlot::stats).sorted(java.util.Comparator.comparing(ScriptStats::script)).toList();
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
        List<CompletableFuture<Void>> stopping = slots.values().stream().map(ScriptSlot::stop).toList();
        slots.clear();
        try {
            CompletableFuture.allOf(stopping.toArray(CompletableFuture[]::new))
                    .get(config.handlerBudget().toMillis() * 2 + 1000, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            config.reporter().report("host", Level.WARNING, "some scripts did not stop in time: " + e);
        }
        timers.shutdownNow();
        scriptTimers.shutdownNow();
        watchdog.close();
        languages.forEach(ScriptLanguage::close);
        stores.close();
    }
}
