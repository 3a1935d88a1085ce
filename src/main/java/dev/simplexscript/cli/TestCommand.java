package dev.simplexscript.cli;

import dev.simplexscript.testkit.TestOptions;
import dev.simplexscript.testkit.TestRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code simplex-script test [files or folders]}: runs bot tests against the embedded simulated core. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Run bot tests (*.test.js, *Test.groovy) against a fresh simulated core per test.",
            "A test file tests the bot beside it (echo.test.js -> echo.js, EchoTest.groovy -> echo.groovy),"
                    + " or the one named by a header line '// bot: file'. Folders are searched without recursing.",
            "Prints one line per test and 'N passed, M failed'; exits with 1 when a test failed."})
public final class TestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Test files or folders (default: the current folder).")
    List<Path> paths = List.of();

    @Option(names = "--budget", defaultValue = "3s", converter = DurationConverter.class,
            description = "CPU time one of the bot's handlers may use, e.g. 3s (default ${DEFAULT-VALUE}).")
    Duration budget;

    @Option(names = "--timeout", defaultValue = "60s", converter = DurationConverter.class,
            description = "Time one test may run before it fails (default ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--core-like", paramLabel = "RELEASE",
            description = "Make the simulated core parse as shipped release RELEASE (6.4 or 6.5) does, quirks included (docs/core-quirks.md).")
    String coreLike;

    @Option(names = "--noise", description = "Mix in the connection, subscription and error events real bots see.")
    boolean noise;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        TestOptions options = TestOptions.defaults().withHandlerBudget(budget).withTestTimeout(timeout).withCoreLike(coreLike).withNoise(noise);
        TestRun run = new TestRun(options, spec.commandLine().getOut());
        TestRun.Summary summary;
        try {
            summary = run.run(paths.isEmpty() ? List.of(Path.of(".")) : paths);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (summary.outcomes().isEmpty()) {
            spec.commandLine().getErr().println("error: no test files (*.test.js, *Test.groovy) in " + paths);
            return ExitCodes.FAILED;
        }
        return summary.failed() == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
