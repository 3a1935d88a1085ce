package dev.simplexscript.reliability;

import static org.junit.jupiter.api.Assertions.fail;

import dev.simplexscript.host.HostReporter;
import dev.simplexscript.testutil.Patience;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** The host's reported lines ({@code <script> <LEVEL> <message>}), kept so a test can wait for one. */
final class ReportedLines implements HostReporter {
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Duration wait;

    ReportedLines() {
        this(Patience.WAIT);
    }

    /** Waits for lines up to {@code wait} (a control may give up sooner than a battery). */
    ReportedLines(Duration wait) {
        this.wait = wait;
    }

    @Override
    public void report(String script, System.Logger.Level level, String message) {
        lines.add(script + " " + level + " " + message);
    }

    /** Waits for a line of {@code script} containing {@code fragment}, and fails without one; other lines stay for later waits. */
    void await(String script, String fragment) throws InterruptedException {
        List<String> seen = new ArrayList<>();
        if (!find(script, fragment, seen)) fail("no line from " + script + " containing '" + fragment + "'; saw:\n  " + String.join("\n  ", seen));
    }

    /** As {@link #await}, returning false instead of failing. */
    boolean tryAwait(String script, String fragment) throws InterruptedException {
        return find(script, fragment, new ArrayList<>());
    }

    private boolean find(String script, String fragment, List<String> seen) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            for (long left; (left = deadline - System.nanoTime()) > 0; ) {
                String line = lines.poll(left, TimeUnit.NANOSECONDS);
                if (line == null) break;
                if (line.startsWith(script + " ") && line.contains(fragment)) return true;
                seen.add(line);
            }
            return false;
        } finally {
            lines.addAll(seen);
        }
    }

    /** The lines not yet consumed by {@link #await} that contain {@code fragment}. */
    List<String> matching(String fragment) {
        return lines.stream().filter(line -> line.contains(fragment)).toList();
    }
}
