package dev.simplexscript.run;

import dev.simplexscript.client.ChatClient;
import dev.simplexscript.client.ClientOptions;
import dev.simplexscript.client.CoreInfo;
import dev.simplexscript.host.HostConfig;
import dev.simplexscript.host.LoadResult;
import dev.simplexscript.host.PathPolicy;
import dev.simplexscript.host.ScriptHost;
import dev.simplexscript.ops.Operations;
import dev.simplexscript.protocol.Json;
import dev.simplexscript.sim.SimOptions;
import dev.simplexscript.sim.SimulatedCore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * One running bot process: a core (real, or the embedded simulator), the client connected to it,
 * and the script host with the API. Events that arrive before the scripts are loaded are held and
 * handed over once they are, so a core's backlog at connect is never lost.
 */
public final class BotRunner implements AutoCloseable {
    private final SimulatedCore simulator;
    private final ScriptHost host;
    private final Operations operations;
    private volatile ChatClient client;
    private final AtomicLong delivered = new AtomicLong();
    private final List<JsonNode> early = new ArrayList<>();
    private boolean scriptsLoaded;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private BotRunner(CoreChoice core, HostConfig config, Path dataDir, Consumer<String> status,
                      ScheduledExecutorService scriptTimers, Operations.Settings ops) {
        this.simulator = core.simulated() ? startSimulator(dataDir, core.simulator()) : null;
        ClientOptions options = ClientOptions.builder().uri(core.simulated() ? CoreChoice.DEFAULT_CORE : core.uri())
                .allowRemote(core.allowRemote()).outageWait(core.outageWait()).build();
        this.operations = new Operations(ops, new OperatedHost(this::host, config, this::command), config.reporter(),
                status, Clock.systemUTC());
        // The host gives each script its own API over its own gateway (it bounds and checks its commands there); the
        // core is reached through a method because the client starts last, once the host can take its events.
        HostConfig withFiles = (config.files() != null ? config
                : config.withFiles(PathPolicy.confined(dataDir.resolve("files"), dataDir)))
                .withReporter(operations.reporter()).withObserver(operations.observer());
        this.host = new ScriptHost(withFiles, this::command, scriptTimers);
        ChatClient.Listener listener = new ChatClient.Listener() {
            @Override
            public void onEvent(JsonNode resp) {
                JsonNode forScripts = operations.screen(resp);
                synchronized (early) {
                    if (!scriptsLoaded) {
                        if (forScripts != null) early.add(forScripts);
                        delivered.incrementAndGet();
                        return;
                    }
                }
                if (forScripts != null) host.dispatch(forScripts);
                delivered.incrementAndGet();
            }

            @Override
            public void onConnected(CoreInfo info) {
                status.accept("connected to " + (simulator != null ? "the embedded simulated core" : options.uri()) + ": " + info.describe());
                operations.connected(info.version());
                host.connected();
            }

            @Override
            public void onDisconnected(String reason) {
                if (!closed.get()) status.accept("chat core connection lost: " + reason + " (reconnecting)");
                operations.disconnected(reason);
                host.disconnected();
            }
        };
        this.client = simulator != null
                ? ChatClient.start(options, inbound -> simulator.open(inbound), listener)
                : ChatClient.start(options, listener);
    }

    /** Starts the core connection (in the background for a real core, which may not be up yet). */
    public static BotRunner start(CoreChoice core, HostConfig config, Path dataDir, Consumer<String> status) {
        return new BotRunner(core, config, dataDir, status, null, Operations.Settings.off(dataDir));
    }

    /** As {@link #start(CoreChoice, HostConfig, Path, Consumer)}, with the scripts' timers on {@code scriptTimers} (a test's clock). */
    public static BotRunner start(CoreChoice core, HostConfig config, Path dataDir, Consumer<String> status,
                                  ScheduledExecutorService scriptTimers) {
        return new BotRunner(core, config, dataDir, status, scriptTimers, Operations.Settings.off(dataDir));
    }

    /** As {@link #start(CoreChoice, HostConfig, Path, Consumer)}, with the operator chat, health and metrics as {@code ops} says. */
    public static BotRunner start(CoreChoice core, HostConfig config, Path dataDir, Consumer<String> status,
                                  Operations.Settings ops) {
        return new BotRunner(core, config, dataDir, status, null, ops);
    }

    /** Every command to the core, the scripts' and the operator chat's, goes out here and is counted. */
    private CompletableFuture<JsonNode> command(String command) {
        CompletableFuture<JsonNode> result = client.command(command);
        operations.commandSent(command, result);
        return result;
    }

    /** The simulator as a run uses it: a bot user whose address auto-accepts, so people connect at once. */
    public static SimulatedCore startSimulator(Path dataDir) {
        return startSimulator(dataDir, java.util.function.UnaryOperator.identity());
    }

    /** The same, with {@code options} applied to the simulator's options (a strict parser, noise). */
    public static SimulatedCore startSimulator(Path dataDir, java.util.function.UnaryOperator<SimOptions> options) {
        SimulatedCore sim = SimulatedCore.start(options.apply(SimOptions.defaults(dataDir.resolve("sim-files")).withAddress(true)));
        // People typing in the console connect through the address at once, as most bots want.
        sim.send("/_address_settings 1 " + Json.write(Json.object().put("businessAddress", false)
                .set("autoAccept", Json.object().put("acceptIncognito", false))));
        return sim;
    }

    /** Waits until the core answers (the simulator does at once). */
    public void awaitConnected(Duration timeout) throws InterruptedException, TimeoutException {
        client.awaitConnected(timeout);
    }

    /**
     * Loads and watches each file or folder, then lets held events through.
     *
     * @return the result of every initial load
     */
    public List<LoadResult> load(List<Path> paths) throws IOException {
        List<CompletableFuture<LoadResult>> loads = new ArrayList<>();
        for (Path path : paths) loads.addAll(host.watch(path));
        List<LoadResult> results = loads.stream().map(CompletableFuture::join).toList();
        List<JsonNode> held;
        synchronized (early) {
            scriptsLoaded = true;
            held = List.copyOf(early);
            early.clear();
        }
        held.forEach(host::dispatch);
        return results;
    }

    public ScriptHost host() {
        return host;
    }

    public ChatClient client() {
        return client;
    }

    public Operations operations() {
        return operations;
    }

    public Optional<SimulatedCore> simulator() {
        return Optional.ofNullable(simulator);
    }

    /**
     * True when the bot has nothing left to do: every event the core sent was handed to the
     * scripts, no script has work queued, and no command waits for its answer.
     */
    public boolean quiet() {
        return delivered.get() == client.stats().events() && host.idle() && operations.idle() && client.pendingCommands() == 0;
    }

    /**
     * Waits until {@link #quiet()} holds three times in a row, 20 ms apart (a handler's
     * continuation may be on its way from a command's answer to the script's dispatcher).
     *
     * @return false when the bot was still busy after {@code max} (see {@link #busy()}); callers
     *         that check what the bot did must fail then, not go on as if it were done
     */
    public boolean awaitQuiet(Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        int stable = 0;
        while (stable < 3) {
            if (System.nanoTime() > deadline) return false;
            stable = quiet() ? stable + 1 : 0;
            Thread.sleep(20);
        }
        return true;
    }

    /** What keeps the bot from being quiet, for a failure message. */
    public String busy() {
        return "events handed to the scripts " + delivered.get() + " of " + client.stats().events()
                + ", scripts idle " + host.idle() + ", operator work idle " + operations.idle()
                + ", commands waiting for an answer or a connection " + client.pendingCommands();
    }

    /** Stops the scripts ({@code on.stop} runs, the store is flushed), then the client and the core. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
        host.close();
        client.close();
        operations.close();
        if (simulator != null) simulator.close();
    }
}
