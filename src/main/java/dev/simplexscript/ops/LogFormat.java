package dev.simplexscript.ops;

import dev.simplexscript.host.HostReporter;
import dev.simplexscript.protocol.Json;
import java.io.PrintWriter;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Locale;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import tools.jackson.databind.node.ObjectNode;

/**
 * How the host writes its lines: {@code text} for people ({@code [echo.js] error: …}) or
 * {@code json} for log shippers, one object a line with {@code time}, {@code level},
 * {@code script}, {@code message} and {@code error}. Both cover the three sources of lines: the
 * scripts and the host ({@link HostReporter}), the run's status lines, and library logging, which
 * all goes through java.util.logging (the client and simulator through {@code System.Logger},
 * Java-WebSocket through the SLF4J-to-JUL binding).
 */
public enum LogFormat {
    TEXT, JSON;

    /** Where script and host lines go. */
    public HostReporter reporter(PrintWriter out, Clock clock) {
        return (script, level, message) -> print(out, this == JSON
                ? json(clock, level.getName(), script, message, null, null)
                : "[" + script + "]" + tag(level) + message);
    }

    /** A status line of the run (connected, waiting for the core, the operator banner). */
    public void status(PrintWriter out, Clock clock, String line) {
        print(out, this == JSON ? json(clock, "INFO", null, line, null, null) : "simplex-script: " + line);
    }

    /** Makes java.util.logging's handlers (stderr by default) write in this format. */
    public void install(Clock clock) {
        if (this == TEXT) return;
        Formatter formatter = new Formatter() {
            @Override
            public String format(LogRecord r) {
                String error = r.getThrown() == null ? null : r.getThrown().toString();
                return json(clock, level(r.getLevel()), null, formatMessage(r), error, r.getLoggerName()) + System.lineSeparator();
            }
        };
        for (Handler handler : Logger.getLogger("").getHandlers()) handler.setFormatter(formatter);
    }

    static String json(Clock clock, String level, String script, String message, String error, String logger) {
        ObjectNode line = Json.object().put("time", clock.instant().toString()).put("level", level.toLowerCase(Locale.ROOT));
        if (script != null) line.put("script", script);
        if (logger != null) line.put("logger", logger);
        line.put("message", message);
        if (error != null) line.put("error", error);
        return Json.write(line);
    }

    /** JUL's levels named as System.Logger's, so one field has one vocabulary. */
    private static String level(java.util.logging.Level level) {
        int v = level.intValue();
        if (v >= java.util.logging.Level.SEVERE.intValue()) return Level.ERROR.getName();
        if (v >= java.util.logging.Level.WARNING.intValue()) return Level.WARNING.getName();
        if (v >= java.util.logging.Level.INFO.intValue()) return Level.INFO.getName();
        if (v >= java.util.logging.Level.FINE.intValue()) return Level.DEBUG.getName();
        return Level.TRACE.getName();
    }

    private static String tag(Level level) {
        return switch (level) {
            case ERROR -> " error: ";
            case WARNING -> " warning: ";
            case DEBUG, TRACE -> " debug: ";
            default -> " ";
        };
    }

    private static void print(PrintWriter out, String line) {
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }
}
