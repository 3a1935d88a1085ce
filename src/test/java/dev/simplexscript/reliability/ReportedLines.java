package dev.simplexscript.reliability;

import static org.junit.jupiter.api.Assertions.fail;

import dev.simplexscript.host.HostReporter;
import dev.simplexscript.testutil.Patience;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** The host's reported lines ({@code <script> <LEVEL> <message>}), kept so a test can wait for one. */
final class ReportedLines implements HostReporter {
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    @Override
    public void report(String script, System.Logger.Level level, String message) {
        lines.add(script + " " + level + " " + message);
    }

    /** Waits for a line of {@code script} containing {@code fragment}; other lines stay for later waits. */
    void await(String script, String fragment) throws InterruptedException {
        long deadline = System.nanoTime() + Patience.WAIT.toNanos();
        List<String> seen = new ArrayList<>();
        try {
            for (long left; (left = deadline - System.nanoTime()) > 0; ) {
                String line = lines.poll(left, TimeUnit.NANOSECONDS);
                if (line == null) break;
                if (line.startsWith(script + " ") && line.contains(fragment)) return;
                seen.add(line);
            }
        } finally {
            lines.addAll(seen);
        }
        fail("no line from " + script + " containing '" + fragment + "'; saw:\n  " + String.join("\n  ", seen));
    }

    /** The lines not yet consumed by {@link #await} that contain {@code fragment}. */
    List<String> matching(String fragment) {
        return lines.stream().filter(line -> line.contains(fragment)).toList();
    }
}
