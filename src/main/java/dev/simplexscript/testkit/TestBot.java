package dev.simplexscript.testkit;

import dev.simplexscript.host.HostConfig;
import dev.simplexscript.host.LoadResult;
import dev.simplexscript.http.HttpServices;
import dev.simplexscript.http.Routes;
import dev.simplexscript.run.BotRunner;
import dev.simplexscript.run.CoreChoice;
import dev.simplexscript.sim.SimulatedCore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * One test's bot: a fresh embedded simulated core, the bot script loaded on it with its own
 * store, and its timers on a {@link TestClock}. Test files reach it through {@code sim}; Java
 * tests use it directly:
 *
 * <pre>{@code
 * try (TestBot bot = TestBot.start(Path.of("examples/echo.js"))) {
 *     Person alice = bot.person("alice");
 *     alice.connect();
 *     alice.send("hi");
 *     assertEquals("hi", alice.nextMessage().text);
 * }
 * }</pre>
 *
 * Closing it stops the bot and deletes its files.
 */
public final class TestBot implements AutoCloseable {
    private final Path script;
    private final TestOptions options;
    private final Path dataDir;
    private final TestClock clock = new TestClock();
    private final BotRunner runner;
    private final SimulatedCore sim;
    private final Map<String, Person> people = new LinkedHashMap<>();
    private final List<String> log = new ArrayList<>();
    private final Routes routes = new Routes();
    private final TestNet http;

    private TestBot(Path script, TestOptions options) throws IOException {
        this.script = script;
        this.options = options;
        this.dataDir = Files.createTempDirectory("simplex-script-test");
        this.http = new TestNet(routes, options.settleWait(), (owner, message) -> report(owner, Level.WARNING, message));
        HostConfig config = HostConfig.defaults(null).withHandlerBudget(options.handlerBudget()).withReporter(this::report)
                .withHttp(new HttpServices(routes, TestNet.ceilingFor(script), http));
        this.runner = BotRunner.start(CoreChoice.embedded(options::simulator), config, dataDir, status -> {}, clock);
        this.sim = runner.simulator().orElseThrow();
    }

    /** Starts the bot with the default options and waits until it has started ({@code on.start} included). */
    public static TestBot start(Path script) {
        return start(script, TestOptions.defaults());
    }

    /**
     * Starts the bot and waits until it has finished starting ({@code on.start} included).
     *
     * @throws TestFailure when the script does not load or the bot does not settle
     */
    public static TestBot start(Path script, TestOptions options) {
        TestBot bot;
        try {
            bot = new TestBot(script, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            bot.runner.awaitConnected(options.settleWait());
            bot.check(bot.runner.load(List.of(script)).getFirst());
            bot.settle();
            return bot;
        } catch (IOException e) {
            bot.close();
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            bot.close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the bot", e);
        } catch (TimeoutException e) {
            bot.close();
            throw new IllegalStateException("the simulated core did not answer", e);
        } catch (RuntimeException e) {
            bot.close();
            throw e;
        }
    }

    private void check(LoadResult result) {
        if (!result.loaded()) {
            throw new TestFailure("the bot " + script.getFileName() + " did not load: "
                    + (result.error() != null ? result.error().getMessage() : "unknown reason"));
        }
    }

    private void report(String scriptName, Level level, String message) {
        synchronized (log) {
            log.add("[" + scriptName + "] " + (level == Level.INFO ? "" : level + " ") + message);
            log.notifyAll();
        }
    }

    /**
     * Waits for a line of the log containing {@code fragment} (one already logged counts).
     *
     * @throws TestFailure when none came within {@code wait}
     */
    public String awaitLog(String fragment, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        synchronized (log) {
            for (int seen = 0; ; ) {
                for (; seen < log.size(); seen++) if (log.get(seen).contains(fragment)) return log.get(seen);
                long left = deadline - System.nanoTime();
                if (left <= 0) throw new TestFailure("no log line with '" + fragment + "' within " + wait.toMillis() + " ms; log: " + log);
                try {
                    TimeUnit.NANOSECONDS.timedWait(log, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the log", e);
                }
            }
        }
    }

    /** Every line the bot and the host reported so far ({@code [bot.js] WARNING ...}), oldest first. */
    public List<String> log() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    /** What the bot reported as warnings and errors so far, to explain a failure. */
    String botErrorsSuffix() {
        List<String> errors = log().stream().filter(l -> l.contains("] WARNING ") || l.contains("] ERROR ")).toList();
        return errors.isEmpty() ? "" : "\n      bot said: " + String.join("\n      bot said: ", errors);
    }

    /** The virtual person of this name (the same one for the whole test). */
    public Person person(String name) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("person(name): name must not be empty");
        synchronized (people) {
            return people.computeIfAbsent(name, n -> new Person(sim.person(n), sim, this, options.messageWait()));
        }
    }

    /**
     * Waits until the bot has handled everything (events, timers it was given, answers it awaits).
     *
     * @throws TestFailure when it is still busy after {@link TestOptions#settleWait()}
     */
    public void settle() {
        try {
            if (!runner.awaitQuiet(options.settleWait())) {
                throw new TestFailure("the bot is still busy after " + options.settleWait().toMillis() + " ms: " + runner.busy()
                        + botErrorsSuffix());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the bot", e);
        }
    }

    /**
     * Moves the bot's clock forward: its {@code after}, {@code every} and {@code schedule} timers
     * fire. The bot first finishes what it was sent, so timers its handlers start are counted from now.
     */
    public void advance(long millis) {
        settle();
        clock.advance(millis);
        settle();
    }

    /** Milliseconds the test has advanced the bot's clock so far. */
    public long now() {
        return clock.now();
    }

    /**
     * Stops the bot script ({@code on.stop} runs) and starts it again ({@code on.start} runs) with
     * the same store and core, as after a restart of simplex-script.
     */
    public void restart() {
        settle();
        runner.host().unload(script).join();
        check(runner.host().load(script).join());
        settle();
    }

    /**
     * Loads the script again from its file, as a save does (a hot reload: events keep flowing, the
     * new version takes over between two of them). Returns when it has; does not wait for the bot
     * to settle, so a test can reload in the middle of a stream of messages.
     */
    public LoadResult reload() {
        return runner.host().load(script).join();
    }

    /** The outside world of this test: the bot's webhooks, and the web services it fetches. */
    public TestNet http() {
        return http;
    }

    /** The simulated core the bot runs on (for what people cannot do: looking at the world). */
    public SimulatedCore core() {
        return sim;
    }

    @Override
    public void close() {
        try {
            // Let the bot finish what the test set off, so the core is not stopped with events in flight.
            if (!runner.quiet()) settle();
        } catch (TestFailure stillBusy) {
            // Closing anyway: the test has already failed or is being stopped.
        } finally {
            runner.close();
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + dataDir, e);
            }
        }
    }
}
