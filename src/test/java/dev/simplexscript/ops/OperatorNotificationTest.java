package dev.simplexscript.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.sim.people.VirtualPerson;
import dev.simplexscript.sim.server.SimServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operator hears of failures, disabled scripts, load errors and long outages, in batches. */
class OperatorNotificationTest {
    /** A short batch window so the test runs quickly; a long gap so a second message could only come from a bug. */
    static final NotificationPace PACE = new NotificationPace(Duration.ofMillis(300), Duration.ofMillis(300), Duration.ZERO);

    @TempDir
    Path dir;

    @Test
    void failuresAndLoadErrorsReachTheOperatorBatched() throws Exception {
        try (OpsBot ops = new OpsBot(dir, PACE)
                .script("fails.js", "on.message(msg => { if (msg.text === 'boom') throw new Error('boom') })\n").start()) {
            VirtualPerson alice = ops.person("alice");
            assertTrue(ops.ask(alice, "/admin claim " + OpsBot.CODE).startsWith("You are now the operator"));
            alice.send("boom");
            alice.send("boom");
            Files.writeString(ops.scripts.resolve("broken.js"), "on.message(msg => {\n");
            ops.awaitLog("[broken.js] ERROR load failed");
            // The load error may fall in the next batch: read notes until both were told.
            StringBuilder told = new StringBuilder();
            while (!(told.toString().contains("Error: boom") && told.toString().contains("broken.js: cannot load"))) {
                String note = ops.next(alice);
                assertTrue(note.startsWith("⚠ simplex-script:"), note);
                told.append(note).append('\n');
            }
            assertTrue(told.toString().contains("• fails.js: fails.js:1"), told.toString());
            assertTrue(told.toString().contains("• broken.js: cannot load: broken.js:2"), told.toString());
        }
    }

    @Test
    void theOperatorIsAnsweredNotAlsoNotifiedOfWhatTheyDid() throws Exception {
        try (OpsBot ops = new OpsBot(dir, PACE).script("echo.js", OperatorChatTest.ECHO)
                .script("fails.js", "on.message(msg => { if (msg.text === 'boom') throw new Error('boom') })\n").start()) {
            VirtualPerson alice = ops.person("alice");
            ops.ask(alice, "/admin claim " + OpsBot.CODE);
            assertTrue(ops.ask(alice, "/admin disable echo.js").startsWith("echo.js disabled"));
            Files.writeString(ops.scripts.resolve("echo.js"), "on.message(msg => {\n");
            ops.awaitLog("not loaded: disabled by the operator");
            String enabled = ops.ask(alice, "/admin enable echo.js");
            assertTrue(enabled.startsWith("echo.js not enabled: echo.js:2"), enabled);
            // A failure the operator did not cause: its note is the next message, with nothing of the above.
            alice.send("boom");
            String note = ops.next(alice);
            assertTrue(note.startsWith("⚠ simplex-script:\n• fails.js: fails.js:1"), note);
            assertFalse(note.contains("echo.js"), note);
        }
    }

    @Test
    void anOutageIsReportedOnceTheCoreIsBack() throws Exception {
        try (OpsBot ops = new OpsBot(dir, PACE).script("echo.js", OperatorChatTest.ECHO).start()) {
            VirtualPerson alice = ops.person("alice");
            ops.ask(alice, "/admin claim " + OpsBot.CODE);
            ops.server.close();
            ops.awaitLog("chat core connection lost");
            try (SimServer again = SimServer.start(ops.sim, "127.0.0.1", ops.server.port())) {
                String note = ops.next(alice);
                assertTrue(note.matches("(?s)⚠ simplex-script:\n• the chat core was unreachable for \\d+ s \\(.*\\); connected again"), note);
                assertEquals("echo: back", ops.ask(alice, "back"));
            }
        }
    }
}
