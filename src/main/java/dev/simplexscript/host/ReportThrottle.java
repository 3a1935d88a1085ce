package dev.simplexscript.host;

import java.lang.System.Logger.Level;

/**
 * Reports a recurring condition (events dropped, sends refused, the machine overloaded) once, then
 * at most once per interval with the count of what happened meanwhile, so a flood cannot turn into
 * a flood of log lines. Thread-safe.
 */
final class ReportThrottle {
    private static final long INTERVAL_NANOS = 10_000_000_000L;

    private final HostReporter reporter;
    private final String script;
    private long lastNanos;
    private boolean reported;
    private long since;
    private long total;

    ReportThrottle(HostReporter reporter, String script) {
        this.reporter = reporter;
        this.script = script;
    }

    /** One more occurrence; {@code message} gets " (N times since the last report, M in all)" when some were held back. */
    void occurred(Level level, String message) {
        long now = System.nanoTime();
        long held;
        long all;
        synchronized (this) {
            since++;
            total++;
            if (reported && now - lastNanos < INTERVAL_NANOS) return;
            reported = true;
            lastNanos = now;
            held = since;
            all = total;
            since = 0;
        }
        reporter.report(script, level, held > 1 || all > held ? message + " (" + held + " times since the last report, " + all + " in all)" : message);
    }

    synchronized long total() {
        return total;
    }
}
