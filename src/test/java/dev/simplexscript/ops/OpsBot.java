package dev.simplexscript.ops;

import dev.simplexscript.host.HostConfig;
import dev.simplexscript.run.BotRunner;
import dev.simplexscript.run.CoreChoice;
import dev.simplexscript.sim.SimulatedCore;
import dev.simplexscript.sim.people.VirtualPerson;
import dev.simplexscript.sim.server.SimServer;
import dev.simplexscript.sim.world.Seen;
import dev.simplexscript.testutil.Patience;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;

/**
 * A bot with the operator tools on, against the simulator over a real WebSocket. The simulator
 * outlives the bot, so {@link #restart()} is a host restart against the same core (contact ids
 * stay), as with a real core; {@link #newCore()} is one against another core.
 */
final class OpsBot implements AutoCloseable {
    static final String CODE = "TEST-CODE-12345";
    static final Duration WAIT = Patience.WAIT;

    final Path dir;
    final Path scripts;
    SimulatedCore sim;
    SimServer server;
    final List<String> log = new CopyOnWriteArrayList<>();
    private final Operations.Settings settings;
    BotRunner bot;

    OpsBot(Path dir, NotificationPace pace) throws IOException {
        this.dir = dir;
        this.scripts = Files.createDirectories(dir.resolve("bots"));
        this.sim = BotRunner.startSimulator(Files.createDirectories(dir.resolve("sim")));
        this.server = SimServer.start(sim, "127.0.0.1", 0);
        this.settings = new Operations.Settings(true, CODE, new InetSocketAddress("127.0.0.1", 0),
                Files.createDirectories(dir.resolve("data")), dir.resolve("data/store.db"), pace);
    }

    OpsBot(Path dir) throws IOException {
        this(dir, NotificationPace.DEFAULT);
    }

    OpsBot script(String name, String text) throws IOException {
        Files.writeString(scripts.resolve(name), text);
        return this;
    }

    OpsBot start() throws IOException {
        HostConfig config = HostConfig.defaults(settings.storeFile()).withMaxFailures(100)
                .withReporter((script, level, message) -> log.add("[" + script + "] " + level + " " + message));
        bot = BotRunner.start(new CoreChoice(URI.create("ws://127.0.0.1:" + server.port()), false), config,
                settings.dataDir(), log::add, settings);
        try {
            bot.awaitConnected(WAIT);
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException("the bot did not connect: " + e);
        }
        bot.load(List.of(scripts));
        return this;
    }

    void restart() throws IOException {
        bot.close();
        start();
    }

    /** The host restarts against another chat core, a fresh database: it numbers its contacts from the start again. */
    void newCore() throws IOException {
        bot.close();
        server.close();
        sim.close();
        sim = BotRunner.startSimulator(Files.createDirectories(dir.resolve("sim-" + System.nanoTime())));
        server = SimServer.start(sim, "127.0.0.1", 0);
        start();
    }

    Operations ops() {
        return bot.operations();
    }

    /** A person connected to the bot through its address. */
    VirtualPerson person(String name) {
        VirtualPerson p = sim.person(name);
        if (!p.isContact()) p.connectViaAddress();
        return p;
    }

    /** Sends {@code text} and returns the text of the bot's next message to the person. */
    String ask(VirtualPerson person, String text) {
        person.send(text);
        return next(person);
    }

    String next(VirtualPerson person) {
        Seen seen = person.nextMessage(WAIT);
        if (seen == null) throw new AssertionError("no answer to " + person.name() + " within " + WAIT.toSeconds() + " s; log: " + log);
        return seen.text();
    }

    /** Waits for a host log line containing {@code part} (the positive signal that a message was dropped). */
    String awaitLog(String part) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : log) if (line.contains(part)) return line;
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no log line with '" + part + "'; log: " + log);
    }

    /** After the bot settled, what it sent the person that was not read yet (nothing is the expectation). */
    List<Seen> unread(VirtualPerson person) throws InterruptedException {
        settle();
        List<Seen> left = new java.util.ArrayList<>();
        for (Seen s; (s = person.next(Duration.ZERO)) != null; ) if (s.kind().equals("message")) left.add(s);
        return left;
    }

    /** Waits until the bot has nothing left to do; fails when it is still busy after {@link #WAIT}. */
    void settle() throws InterruptedException {
        if (!bot.awaitQuiet(WAIT)) throw new AssertionError("the bot was still busy after " + WAIT.toSeconds() + " s: " + bot.busy());
    }

    @Override
    public void close() {
        if (bot != null) bot.close();
        server.close();
        sim.close();
    }
}
