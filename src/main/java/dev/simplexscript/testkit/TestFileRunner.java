package dev.simplexscript.testkit;

import dev.simplexscript.lang.GuestFunction;
import dev.simplexscript.lang.ScriptError;
import dev.simplexscript.lang.ScriptLanguage;
import dev.simplexscript.lang.ScriptRuntime;
import dev.simplexscript.lang.ScriptSource;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs the tests of one file: the file runs once, sandboxed like a bot script, to declare its
 * tests; then each test gets a fresh {@link TestBot} and runs on the calling thread. Kit calls
 * block until done, so in JavaScript every {@code await} in a test settles before the test
 * function returns.
 */
final class TestFileRunner {
    private final ScriptLanguage language;
    private final boolean javascript;
    private final TestOptions options;
    private final ScheduledExecutorService watchdog;

    TestFileRunner(ScriptLanguage language, boolean javascript, TestOptions options, ScheduledExecutorService watchdog) {
        this.language = language;
        this.javascript = javascript;
        this.options = options;
        this.watchdog = watchdog;
    }

    /** Runs every test of {@code test}, handing each outcome to {@code report} as it is known. */
    void run(TestFile test, Consumer<TestOutcome> report) throws IOException {
        String text = Files.readString(test.file());
        String name = test.file().getFileName().toString();
        Sim sim = new Sim();
        Expect expect = new Expect(name, (int) text.lines().count());
        TestEnvironment env = new TestEnvironment(javascript
                ? Map.of("sim", sim, KitCode.JS_EXPECT_GLOBAL, expect)
                : Map.of("sim", sim, "expect", expect));
        String source = text + (javascript ? KitCode.JS : KitCode.GROOVY);
        ScriptRuntime runtime;
        try {
            runtime = language.prepare(new ScriptSource(test.file(), name, source, false), env);
        } catch (ScriptError e) {
            report.accept(new TestOutcome(test.file(), null, e.getMessage()));
            return;
        }
        try {
            runtime.run();
            if (env.tests().isEmpty()) {
                report.accept(new TestOutcome(test.file(), null, "no tests: declare them with test(name, ...)"));
            }
            for (Map.Entry<String, GuestFunction> t : env.tests().entrySet()) {
                report.accept(runOne(test, t.getKey(), t.getValue(), sim, expect, env, runtime));
            }
        } catch (ScriptError e) {
            report.accept(new TestOutcome(test.file(), null, e.getMessage()));
        } finally {
            runtime.close();
        }
    }

    private TestOutcome runOne(TestFile test, String name, GuestFunction fn, Sim sim, Expect expect,
                               TestEnvironment env, ScriptRuntime runtime) {
        TestBot session;
        try {
            session = TestBot.start(test.bot(), options);
        } catch (RuntimeException e) {
            return new TestOutcome(test.file(), name, "could not start the bot: " + e.getMessage());
        }
        ScheduledFuture<?> timeout = watchdog.schedule(runtime::interrupt, options.testTimeout().toMillis(), TimeUnit.MILLISECONDS);
        sim.enter(session);
        try {
            fn.call(List.of());
            env.drain();
            if (!expect.hasFinished()) {
                return new TestOutcome(test.file(), name, "the test never finished: it awaits a promise that does not settle"
                        + " (kit calls settle at once; the bot's clock moves only with sim.advance)");
            }
            return new TestOutcome(test.file(), name, null);
        } catch (ScriptError e) {
            return new TestOutcome(test.file(), name, reason(e, expect, timeout.isDone()) + session.botErrorsSuffix() + printed(env));
        } catch (RuntimeException e) {
            // Not the test's own failure: the runtime itself broke (a context closed after a timeout).
            return new TestOutcome(test.file(), name, test.file().getFileName() + ": could not run: " + e.getMessage());
        } finally {
            timeout.cancel(false);
            // A Groovy test stopped by the watchdog leaves this thread's interrupt flag set; the next test needs it clear.
            Thread.interrupted();
            sim.leave();
            env.takePrinted();
            session.close();
        }
    }

    private String reason(ScriptError e, Expect expect, boolean timedOut) {
        String prefix = e.file() == null ? "" : e.line() > 0 ? e.file() + ":" + e.line() + ": " : e.file() + ": ";
        if (timedOut || e.kind() == ScriptError.Kind.TIMEOUT) {
            return prefix + "ran longer than " + options.testTimeout().toMillis() + " ms and was stopped";
        }
        String message = e.getMessage();
        String text = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
        // A kit failure arrives as a plain JS Error or as the Java exception's class name; neither helps the reader.
        text = text.replaceFirst("^(Error|TestFailure|IllegalArgumentException|IllegalStateException): ", "");
        // A failed expect() surfaces in the kit's own code; the user wants the line that called it.
        String where = expect.takeLocation(message);
        return (where != null ? where + ": " : prefix) + text;
    }

    private static String printed(TestEnvironment env) {
        List<String> lines = env.takePrinted();
        return lines.isEmpty() ? "" : "\n      printed: " + String.join("\n      printed: ", lines);
    }
}
