package dev.simplexscript.testkit;

import dev.simplexscript.lang.ScriptFiles;
import dev.simplexscript.lang.ScriptLanguage;
import dev.simplexscript.lang.groovy.GroovyLanguage;
import dev.simplexscript.lang.js.JsLanguage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * {@code simplex-script test}: finds the test files, runs them one after another and prints one
 * line per test, then {@code N passed, M failed}.
 */
public final class TestRun {
    private final TestOptions options;
    private final PrintWriter out;

    public TestRun(TestOptions options, PrintWriter out) {
        this.options = options;
        this.out = out;
    }

    /** The outcome of a run: every test's, in order. */
    public record Summary(List<TestOutcome> outcomes) {
        public long passed() {
            return outcomes.stream().filter(TestOutcome::passed).count();
        }

        public long failed() {
            return outcomes.size() - passed();
        }

        public String line() {
            return passed() + " passed, " + failed() + " failed";
        }
    }

    /**
     * Runs the test files in {@code paths} (files, or folders whose {@code *.test.js} and
     * {@code *Test.groovy} files run, not recursing).
     *
     * @throws IllegalArgumentException when a path does not exist or is not a test file
     */
    public Summary run(List<Path> paths) throws IOException {
        List<Path> files = TestFile.find(paths);
        List<TestOutcome> outcomes = new ArrayList<>();
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(
                r -> Thread.ofPlatform().daemon().name("test-watchdog").unstarted(r));
        try (ScriptLanguage js = new JsLanguage(); ScriptLanguage groovy = new GroovyLanguage()) {
            for (Path file : files) {
                boolean javascript = ScriptFiles.language(file).orElseThrow() == ScriptFiles.Language.JAVASCRIPT;
                TestFileRunner runner = new TestFileRunner(javascript ? js : groovy, javascript, options, watchdog);
                runFile(runner, file, outcomes);
            }
        } finally {
            watchdog.shutdownNow();
        }
        Summary summary = new Summary(List.copyOf(outcomes));
        out.println(summary.line());
        out.flush();
        return summary;
    }

    private void runFile(TestFileRunner runner, Path file, List<TestOutcome> outcomes) throws IOException {
        TestFile test;
        try {
            test = TestFile.of(file);
        } catch (IllegalArgumentException e) {
            print(new TestOutcome(file, null, e.getMessage()), outcomes);
            return;
        }
        out.println(file + " (bot: " + test.bot().getFileName() + ")");
        out.flush();
        runner.run(test, outcome -> print(outcome, outcomes));
    }

    private void print(TestOutcome outcome, List<TestOutcome> outcomes) {
        outcomes.add(outcome);
        out.println("  " + outcome.line());
        out.flush();
    }
}
