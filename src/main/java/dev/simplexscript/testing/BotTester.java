package dev.simplexscript.testing;

import dev.simplexscript.host.HostConfig;
import dev.simplexscript.host.HostReporter;
import dev.simplexscript.host.LoadResult;
import dev.simplexscript.run.BotRunner;
import dev.simplexscript.run.CoreChoice;
import dev.simplexscript.sim.SimulatedCore;
import dev.simplexscript.sim.people.VirtualPerson;
import dev.simplexscript.sim.server.SimServer;
import dev.simplexscript.sim.world.Seen;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;

/**
 * Runs bot scripts against the simulated core, reached over a real WebSocket as a real core
 * would be, and lets a test play people: {@code tester.person("alice").send("hi")}, then
 * {@code tester.nextMessage(alice)}. Script log lines are kept for assertions.
 */
public final class BotTester implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final Path dataDir;
    private final SimulatedCore sim;
    private final SimServer server;
    private final BotRunner bot;
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final List<LoadResult> loads;

    private BotTester(List<Path> scripts, HostConfig config) throws IOException {
        dataDir = Files.createTempDirectory("simplex-script-test");
        sim = BotRunner.startSimulator(dataDir);
        server = SimServer.start(sim, "127.0.0.1", 0);
        HostReporter keep = (script, level, message) -> log.add("[" + script + "] " + level + " " + message);
        bot = BotRunner.start(new CoreChoice(URI.create("ws://127.0.0.1:" + server.port()), false),
                config.withStoreFile(dataDir.resolve("store.db")).withReporter(keep), dataDir, log::add);
        try {
            bot.awaitConnected(WAIT);
        } catch (InterruptedException | TimeoutException e) {
            close();
            throw new IllegalStateException("the bot did not connect to the simulator: " + e);
        }
        loads = bot.load(scripts);
    }

    /** Starts the simulator and a bot running {@code scripts} with the default host settings. */
    public static BotTester start(Path... scripts) {
        return start(HostConfig.defaults(null), scripts);
    }

    public static BotTester start(HostConfig config, Path... scripts) {
        try {
            return new BotTester(List.of(scripts), config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<LoadResult> loads() {
        return loads;
    }

    public SimulatedCore sim() {
        return sim;
    }

    public BotRunner bot() {
        return bot;
    }

    /** A person connected to the bot through its address. */
    public VirtualPerson person(String name) {
        VirtualPerson p = sim.person(name);
        if (!p.isContact()) p.connectViaAddress();
        return p;
    }

    /** The bot's next message to {@code person}; fails after a generous wait. */
    public Seen nextMessage(VirtualPerson person) {
        Seen seen = person.nextMessage(WAIT);
        if (seen == null) throw new AssertionError("the bot sent " + person.name() + " nothing within " + WAIT.toSeconds() + " s; log: " + log);
        return seen;
    }

    /** Waits until the bot has handled everything so far (events, handlers, commands in flight). */
    public void settle() {
        try {
            bot.awaitQuiet(WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Every line the scripts and the host logged, oldest first. */
    public List<String> log() {
        return List.copyOf(log);
    }

    @Override
    public void close() {
        if (bot != null) bot.close();
        if (server != null) server.close();
        sim.close();
        try (var files = Files.walk(dataDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dataDir, e);
        }
    }
}
