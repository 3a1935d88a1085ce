package dev.simplexscript.testkit;

import dev.simplexscript.host.HostConfig;
import dev.simplexscript.host.LoadResult;
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
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * One test's bot: a fresh embedded simulated core, the bot script loaded on it with an in-memory
 * store, and its timers on a {@link TestClock}. Closing it stops the bot and deletes its files.
 */
final class TestBot implements AutoCloseable {
    private static final Duration SETTLE = Duration.ofSeconds(10);

    private final Path script;
    private final Path dataDir;
    private final TestClock clock = new TestClock();
    private final BotRunner runner;
    private final SimulatedCore sim;
    private final Map<String, Person> people = new LinkedHashMap<>();
    private final List<String> botErrors = new ArrayList<>();

    private TestBot(Path script, TestOptions options) throws IOException {
        this.script = script;
        this.dataDir = Files.createTempDirectory("simplex-script-test");
        HostConfig config = HostConfig.defaults(null).withHandlerBudget(options.handlerBudget()).withReporter(this::report);
        this.runner = BotRunner.start(CoreChoice.embedded(options::simulator), config, dataDir, status -> {}, clock);
        this.sim = runner.simulator().orElseThrow();
    }

    /** Starts the bot and waits until it has finished starting ({@code on.start} included). */
    static TestBot start(Path script, TestOptions options) throws IOException, InterruptedException {
        TestBot session = new TestBot(script, options);
        try {
            session.runner.awaitConnected(SETTLE);
            session.check(session.runner.load(List.of(script)).getFirst());
            session.settle();
            return session;
        } catch (IOException | InterruptedException | RuntimeException e) {
            session.close();
            throw e;
        } catch (TimeoutException e) {
            session.close();
            throw new IllegalStateException("the simulated core did not answer", e);
        }
    }

    private void check(LoadResult result) {
        if (!result.loaded()) {
            throw new TestFailure("the bot " + script.getFileName() + " did not load: "
                    + (result.error() != null ? result.error().getMessage() : "unknown reason"));
        }
    }

    private void report(String scriptName, Level level, String message) {
        if (level.getSeverity() < Level.WARNING.getSeverity()) return;
        synchronized (botErrors) {
            botErrors.add("[" + scriptName + "] " + message);
        }
    }

    /** What the bot reported as warnings and errors so far, to explain a failure. */
    String botErrorsSuffix() {
        synchronized (botErrors) {
            return botErrors.isEmpty() ? "" : "\n      bot said: " + String.join("\n      bot said: ", botErrors);
        }
    }

    Person person(String name) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("person(name): name must not be empty");
        return people.computeIfAbsent(name, n -> new Person(sim.person(n), sim, this));
    }

    /** Waits until the bot has handled everything (events, timers it was given, answers it awaits). */
    void settle() {
        try {
            runner.awaitQuiet(SETTLE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the bot", e);
        }
    }

    /**
     * Moves the bot's clock forward: its {@code after}, {@code every} and {@code schedule} timers
     * fire. The bot first finishes what it was sent, so timers its handlers start are counted from now.
     */
    void advance(long millis) {
        settle();
        clock.advance(millis);
        settle();
    }

    long now() {
        return clock.now();
    }

    /**
     * Stops the bot script ({@code on.stop} runs) and starts it again ({@code on.start} runs) with
     * the same store and core, as after a restart of simplex-script.
     */
    void restart() {
        settle();
        runner.host().unload(script).join();
        check(runner.host().load(script).join());
        settle();
    }

    @Override
    public void close() {
        // Let the bot finish what the test set off, so the core is not stopped with events in flight.
        if (!runner.quiet()) settle();
        runner.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dataDir, e);
        }
    }
}
