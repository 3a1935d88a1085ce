package dev.simplexscript.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.host.HostConfig;
import dev.simplexscript.protocol.Json;
import dev.simplexscript.run.BotRunner;
import dev.simplexscript.run.CoreChoice;
import dev.simplexscript.testutil.FakeCore;
import dev.simplexscript.testutil.Patience;
import dev.simplexscript.testutil.Spec;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The bug "a core restart can disable a healthy script" (docs/reliability.md), pinned: a reply on
 * the wire when the core goes away fails with "connection to the chat core lost", and the host
 * used to count that as the script's own failure, so core restarts alone could disable a healthy
 * script. Fixed by #13 item 6 (host-limits: such failures are reported but not counted). With
 * one failure allowed (maxFailures 1) the script must still answer after the restart.
 * Deterministic: the fake core never answers the first reply, so it is surely on the wire at the kill.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class RestartFailuresTest {
    private static final JsonNode MESSAGE = Spec.resp("event-newChatItems-direct-text.json");

    @Test
    void aReplyLostToACoreRestartDoesNotCountAgainstTheScript(@TempDir Path dir) throws Exception {
        FakeCore core = FakeCore.start(0);
        int port = core.getPort();
        // The first connection's replies are never answered: the one sent is on the wire at the kill.
        core.handler((c, conn, corrId, cmd) -> {
            if (!cmd.startsWith("/_send")) FakeCore.STANDARD.handle(c, conn, corrId, cmd);
        });
        Path scripts = Files.createDirectories(dir.resolve("scripts"));
        Files.writeString(scripts.resolve("healthy.js"), "on.message(async msg => { await msg.reply('re: ' + msg.text) })");
        ReportedLines lines = new ReportedLines();
        HostConfig config = HostConfig.defaults(dir.resolve("store.db")).withMaxFailures(1).withReporter(lines);
        try (QuietLogs quiet = QuietLogs.below(Level.SEVERE, "dev.simplexscript.client", "dev.simplexscript.host", "dev.simplexscript.run");
             BotRunner bot = BotRunner.start(new CoreChoice(URI.create(core.uri()), false), config, dir, status -> {})) {
            bot.awaitConnected(Patience.WAIT);
            assertTrue(bot.load(List.of(scripts)).getFirst().loaded());
            core.push(FakeCore.event(MESSAGE));
            assertNotNull(nextSend(core), "the script replied; the core holds the reply");

            core.shutdown();
            lines.await("healthy.js", "not counted against the script");
            core = FakeCore.start(port);
            bot.awaitConnected(Patience.WAIT);
            core.push(FakeCore.event(MESSAGE));
            assertNotNull(nextSend(core), "the script still answers after the restart");
            assertEquals(List.of(), lines.matching("disabled"));
        } finally {
            core.shutdown();
        }
    }

    /** The next {@code /_send} command the core read (the script's reply). */
    private static String nextSend(FakeCore core) throws InterruptedException {
        long deadline = System.nanoTime() + Patience.WAIT.toNanos();
        for (long left; (left = deadline - System.nanoTime()) > 0; ) {
            String frame = core.requests.poll(left, TimeUnit.NANOSECONDS);
            if (frame == null) return null;
            String cmd = Json.parse(frame).get("cmd").stringValue();
            if (cmd.startsWith("/_send")) return cmd;
        }
        return null;
    }
}
