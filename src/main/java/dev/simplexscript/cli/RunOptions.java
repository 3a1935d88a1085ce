package dev.simplexscript.cli;

import dev.simplexscript.host.HostConfig;
import dev.simplexscript.host.HostReporter;
import dev.simplexscript.host.PathPolicy;
import dev.simplexscript.ops.LogFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by the commands that run scripts (the root command and {@code test}). */
public final class RunOptions {
    // An installed release's launcher sets simplex.data to the user's data folder (XDG); a checkout's does not.
    @Option(names = "--data", defaultValue = "${sys:simplex.data:-.simplex-script}",
            description = "Folder for the scripts' store, the operator record and the simulator's files (default ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--budget", defaultValue = "3s", converter = DurationConverter.class,
            description = "CPU time a handler may use before it is interrupted, e.g. 3s, 500ms (default ${DEFAULT-VALUE}).")
    Duration budget;

    @Option(names = "--trusted", description = "Trust these scripts: Groovy ones run without the sandbox (full JVM"
            + " access), and none of them is held to the files folder.")
    List<Path> trusted = List.of();

    @Option(names = "--files", paramLabel = "DIR",
            description = "The only folder where scripts may have the core read files to send and write files they receive"
                    + " (default: files/ in the --data folder). It must not hold the watched script folders or the data folder.")
    Path files;

    @Option(names = "--max-timers", defaultValue = "1000", paramLabel = "N",
            description = "Timers one script may have running at once (default ${DEFAULT-VALUE}).")
    int maxTimers;

    @Option(names = "--max-queued-events", defaultValue = "10000", paramLabel = "N",
            description = "Events that may wait for one script; newer ones are dropped and counted while it is full (default ${DEFAULT-VALUE}).")
    int maxQueuedEvents;

    @Option(names = "--max-unanswered", defaultValue = "256", paramLabel = "N",
            description = "Commands one script may have unanswered at once; while full its new events wait, the next 4 x N calls"
                    + " are held back, and calls past that fail at once (default ${DEFAULT-VALUE}).")
    int maxUnanswered;

    @Option(names = "--unknown-command", defaultValue = HostConfig.DEFAULT_UNKNOWN_COMMAND_REPLY,
            description = "Answer to an unknown /command; {command} and {commands} are filled in; empty for none.")
    String unknownCommand;

    HostConfig hostConfig(Path storeFile, HostReporter reporter) {
        List<Path> trustedFiles = trusted.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        HostConfig config = HostConfig.defaults(storeFile)
                .withHandlerBudget(budget)
                .withLimits(HostConfig.Limits.DEFAULTS.withTimers(maxTimers).withQueuedEvents(maxQueuedEvents)
                        .withInFlight(maxUnanswered, 4 * maxUnanswered))
                .withUnknownCommandReply(unknownCommand.isEmpty() ? null : unknownCommand)
                .withTrusted(file -> trustedFiles.contains(file.toAbsolutePath().normalize()))
                .withReporter(reporter);
        return files == null ? config : config.withFiles(PathPolicy.confined(files, data));
    }

    /** Script lines on the console: {@code [echo.js] message}, with the level when it is not info. */
    static HostReporter printer(PrintWriter err) {
        return LogFormat.TEXT.reporter(err, Clock.systemUTC());
    }
}
