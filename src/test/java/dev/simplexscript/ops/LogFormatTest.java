package dev.simplexscript.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.simplexscript.protocol.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LogFormatTest {
    final Clock clock = Clock.fixed(Instant.parse("2026-03-04T05:06:07.089Z"), ZoneOffset.UTC);
    final StringWriter out = new StringWriter();
    final PrintWriter writer = new PrintWriter(out);

    @Test
    void scriptLinesAreOneJsonObjectEach() {
        LogFormat.JSON.reporter(writer, clock).report("echo.js", Level.ERROR, "handler failed: echo.js:3: \"boom\"\nsecond line");
        LogFormat.JSON.status(writer, clock, "connected");
        String[] lines = out.toString().split("\n");
        assertEquals(2, lines.length);
        JsonNode first = Json.parse(lines[0]);
        assertEquals("2026-03-04T05:06:07.089Z", first.path("time").asString());
        assertEquals("error", first.path("level").asString());
        assertEquals("echo.js", first.path("script").asString());
        assertEquals("handler failed: echo.js:3: \"boom\"\nsecond line", first.path("message").asString());
        JsonNode second = Json.parse(lines[1]);
        assertEquals("info", second.path("level").asString());
        assertFalse(second.has("script"));
    }

    @Test
    void libraryLinesCarryTheirLoggerAndError() {
        // install() sets the JVM's root handlers; the suite shares one JVM, so they get their formatters back.
        java.util.logging.Handler[] handlers = java.util.logging.Logger.getLogger("").getHandlers();
        java.util.logging.Formatter[] before = java.util.Arrays.stream(handlers).map(java.util.logging.Handler::getFormatter)
                .toArray(java.util.logging.Formatter[]::new);
        try {
            LogFormat.JSON.install(clock);
            java.util.logging.Formatter formatter = handlers[0].getFormatter();
            LogRecord record = new LogRecord(java.util.logging.Level.WARNING, "cannot connect to {0}");
            record.setParameters(new Object[] {"ws://localhost:5225"});
            record.setLoggerName("org.java_websocket.client");
            record.setThrown(new java.io.IOException("refused"));
            JsonNode line = Json.parse(formatter.format(record));
            assertEquals("warning", line.path("level").asString());
            assertEquals("org.java_websocket.client", line.path("logger").asString());
            assertEquals("cannot connect to ws://localhost:5225", line.path("message").asString());
            assertEquals("java.io.IOException: refused", line.path("error").asString());
        } finally {
            for (int i = 0; i < handlers.length; i++) handlers[i].setFormatter(before[i]);
        }
    }

    @Test
    void textIsWhatPeopleRead() {
        LogFormat.TEXT.reporter(writer, clock).report("echo.js", Level.WARNING, "slow");
        LogFormat.TEXT.status(writer, clock, "connected");
        assertEquals("[echo.js] warning: slow\nsimplex-script: connected\n", out.toString().replace(System.lineSeparator(), "\n"));
    }
}
