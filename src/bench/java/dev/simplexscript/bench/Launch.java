package dev.simplexscript.bench;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/** A client process started against the load core and answering: the first step of every measurement. */
record Launch(ClientProcess process, long startupNanos) {

    /** A client that did not start or never answered, with what it printed. */
    static final class Failed extends Exception {
        Failed(String message) {
            super(message);
        }
    }

    /** Starts the client and waits for its first answer; on failure the process is already stopped. */
    static Launch start(LoadCore core, ClientSpec client, Path log, Duration readyTimeout)
            throws Failed, InterruptedException {
        core.expectNewClient();
        ClientProcess process;
        try {
            process = ClientProcess.start(client, core.url(), log);
        } catch (UncheckedIOException e) {
            throw new Failed(e.getMessage());
        }
        try {
            long readyAt = core.awaitReady(readyTimeout, process::alive);
            return new Launch(process, readyAt - process.startedAt());
        } catch (TimeoutException e) {
            String why = e.getMessage() + "; its output:\n" + process.tail();
            process.close();
            throw new Failed(why);
        }
    }

    /** A log file per client and run, under the bench's log folder. */
    static Path log(Path logDir, String client, String run) {
        return logDir.resolve(client.replaceAll("[^A-Za-z0-9.-]+", "_") + "-" + run + ".log");
    }
}
