package dev.simplexscript.ops;

import dev.simplexscript.host.HostReporter;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last lines each script (and the host) logged, for {@code /admin logs}: a small ring per
 * script, fed by wrapping the host's reporter, so nothing is read back from log files.
 */
final class ScriptLogs {
    static final int KEPT_PER_SCRIPT = 200;
    private static final int MAX_LINE = 1000;

    record Line(Instant time, Level level, String message) {
        @Override
        public String toString() {
            String tag = level == Level.INFO ? "" : level.getName().toLowerCase(java.util.Locale.ROOT) + ": ";
            return time.toString().substring(11, 19) + " " + tag + message;
        }
    }

    private final Map<String, Deque<Line>> rings = new ConcurrentHashMap<>();
    private final Clock clock;

    ScriptLogs(Clock clock) {
        this.clock = clock;
    }

    /** A reporter that keeps each line here, then hands it to {@code next}. */
    HostReporter keeping(HostReporter next) {
        return (script, level, message) -> {
            add(script, level, message);
            next.report(script, level, message);
        };
    }

    void add(String script, Level level, String message) {
        String kept = message.length() > MAX_LINE ? message.substring(0, MAX_LINE) + "…" : message;
        Deque<Line> ring = rings.computeIfAbsent(script, s -> new ArrayDeque<>());
        synchronized (ring) {
            if (ring.size() == KEPT_PER_SCRIPT) ring.removeFirst();
            ring.addLast(new Line(clock.instant(), level, kept));
        }
    }

    /** The last {@code count} lines of {@code script}, oldest first. */
    List<Line> last(String script, int count) {
        Deque<Line> ring = rings.get(script);
        if (ring == null) return List.of();
        synchronized (ring) {
            List<Line> all = new ArrayList<>(ring);
            return all.subList(Math.max(0, all.size() - count), all.size());
        }
    }
}
