package dev.simplexscript.cli;

import dev.simplexscript.host.HostConfig;
import dev.simplexscript.host.HostReporter;
import dev.simplexscript.ops.LogFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by the commands that run scripts (the root command and {@code test}). */
public final class RunOptions {
    @Option(names = "--data", defaultValue = ".simplex-script",
            description = "Folder for the scripts' store and the simulator's files (default ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--budget", defaultValue = "3s", converter = DurationConverter.class,
            description = "Time a handler may run before it is interrupted, e.g. 3s, 500ms (default ${DEFAULT-VALUE}).")
    Duration budget;

    @Option(names = "--trusted", description = "Run these Groovy scripts without the call interceptor (full JVM access).")
    List<Path> trusted = List.of();

    @Option(names = "--unknown-command", defaultValue = HostConfig.DEFAULT_UNKNOWN_COMMAND_REPLY,
            description = "Answer to an unknown /command; {command} and {commands} are filled in; empty for none.")
    String unknownCommand;

    HostConfig hostConfig(Path storeFile, HostReporter reporter) {
        List<Path> trustedFiles = trusted.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        return HostConfig.defaults(storeFile)
                .withHandlerBudget(budget)
                .withUnknownCommandReply(unknownCommand.isEmpty() ? null : unknownCommand)
                .withTrusted(file -> trustedFiles.contains(file.toAbsolutePath().normalize()))
                .withReporter(reporter);
    }

    /** Script lines on the console: {@code [echo.js] message}, with the level when it is not info. */
    static HostReporter printer(PrintWriter err) {
        return LogFormat.TEXT.reporter(err, Clock.systemUTC());
    }
}
