package dev.simplexscript.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.simplexscript.host.HostConfig;
import dev.simplexscript.host.LoadResult;
import dev.simplexscript.run.BotRunner;
import dev.simplexscript.run.CoreChoice;
import dev.simplexscript.sim.people.VirtualPerson;
import dev.simplexscript.sim.world.Seen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Battery 6a: hostile and broken scripts run in the same bot as a healthy one, on the embedded
 * simulator through the real client and API. When a person writes "attack" each of them
 * misbehaves in its own way; the healthy script must keep answering every message quickly, and
 * each hostile script must be stopped, reported by name, and disabled when it keeps failing.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class HostileScriptBatteryTest {
    private static final System.Logger LOG = System.getLogger(HostileScriptBatteryTest.class.getName());
    private static final int MESSAGES = BatterySize.pick(10, 100);
    /** The healthy script's reply time allowed while the others misbehave: its normal latency is milliseconds. */
    private static final Duration HEALTHY_LATENCY = Duration.ofSeconds(3);

    /** File name → source. Each acts only on "attack", so the healthy baseline is measured first. */
    private static final Map<String, String> HOSTILE = Map.ofEntries(
            Map.entry("loop.js", "on.message(msg => { if (msg.text === 'attack') while (true) {} })"),
            Map.entry("recursion.js", "const f = n => f(n + 1) + 1\non.message(msg => { if (msg.text === 'attack') f(0) })"),
            Map.entry("alloc.js", "on.message(msg => { if (msg.text !== 'attack') return\n"
                    + "  const kept = []\n  for (let i = 0; i < 20; i++) kept.push(new Array(1000000).fill(i))\n})"),
            Map.entry("flood.js", "on.message(msg => { if (msg.text === 'attack') for (let i = 0; i < 300; i++) send(msg.chat, 'flood ' + i) })"),
            Map.entry("timers.js", "on.message(msg => { if (msg.text !== 'attack') return\n"
                    + "  for (let i = 0; i < 10000; i++) after(1, () => {})\n"
                    + "  every(1, () => { let x = 0; for (let i = 0; i < 100000; i++) x += i })\n})"),
            Map.entry("throws.js", "on.message(msg => { throw new Error('handler throws on ' + msg.text) })\n"
                    + "every(50, () => { throw new Error('timer throws') })"),
            Map.entry("start.js", "on.start(() => { while (true) {} })\non.message(msg => {})"),
            Map.entry("loop.groovy", "on.message { msg -> if (msg.text == 'attack') { while (true) {} } }"),
            Map.entry("recursion.groovy", "def f\nf = { n -> f(n + 1) + 1 }\non.message { msg -> if (msg.text == 'attack') f(0) }"),
            Map.entry("throws.groovy", "on.message { msg -> throw new IllegalStateException('groovy throws on ' + msg.text) }"));

    @Test
    void healthyScriptKeepsAnsweringWhileHostileOnesAreStoppedAndReported(@TempDir Path dir) throws Exception {
        Path scripts = Files.createDirectories(dir.resolve("scripts"));
        Files.writeString(scripts.resolve("healthy.js"), "on.message(msg => msg.reply('ok ' + msg.text))");
        Files.writeString(scripts.resolve("reloaded.js"), "on.message(msg => { if (msg.text.startsWith('v?')) msg.reply('v1 ' + msg.text) })");
        for (Map.Entry<String, String> script : HOSTILE.entrySet()) Files.writeString(scripts.resolve(script.getKey()), script.getValue());
        ReportedLines lines = new ReportedLines();
        HostConfig config = HostConfig.defaults(dir.resolve("store.mv")).withHandlerBudget(Duration.ofMillis(500))
                .withMaxFailures(3).withDebounce(Duration.ofMillis(50))
                .withReporter(lines);
        try (QuietLogs quiet = QuietLogs.below(Level.SEVERE, "dev.simplexscript.client", "dev.simplexscript.sim",
                     "dev.simplexscript.host", "dev.simplexscript.script", "dev.simplexscript.run", "dev.simplexscript.lang");
             BotRunner bot = BotRunner.start(CoreChoice.embedded(), config, dir, status -> {})) {
            bot.awaitConnected(Duration.ofSeconds(10));
            for (LoadResult result : bot.load(List.of(scripts))) {
                if (!result.script().equals("start.js")) assertTrue(result.loaded(), "loads: " + result);
            }
            VirtualPerson alice = bot.simulator().orElseThrow().person("alice");
            alice.connectViaAddress();

            List<Long> baseline = new ArrayList<>();
            for (int i = 0; i < 5; i++) baseline.add(healthyReplyMillis(alice, "hello " + i));
            alice.send("attack");
            List<Long> underAttack = new ArrayList<>();
            for (int i = 0; i < MESSAGES; i++) underAttack.add(healthyReplyMillis(alice, "after attack " + i));

            Files.writeString(scripts.resolve("reloaded.js"), "on.message(msg => { msg.reply('v2 ' + ");
            lines.await("reloaded.js", "reload failed");
            alice.send("v?");
            assertEquals("v1 v?", awaitReplyStartingWith(alice, "v1 ", "v?"), "the old version keeps running after a broken save");

            for (String name : List.of("loop.js", "recursion.js", "throws.js", "start.js", "loop.groovy", "recursion.groovy", "throws.groovy")) {
                lines.await(name, "ERROR");
            }
            lines.await("throws.js", "disabled");
            lines.await("throws.groovy", "disabled");
            LongSummaryStatistics before = baseline.stream().mapToLong(Long::longValue).summaryStatistics();
            LongSummaryStatistics during = underAttack.stream().mapToLong(Long::longValue).summaryStatistics();
            LOG.log(System.Logger.Level.INFO, String.format("hostile scripts (%s): healthy reply latency before the attack "
                    + "mean %.0f / max %d ms, after it (%d messages) mean %.0f / max %d ms %s", BatterySize.name(),
                    before.getAverage(), before.getMax(), MESSAGES, during.getAverage(), during.getMax(), underAttack));
        }
    }

    /** Sends {@code text} as alice and returns how long the healthy script took to answer it. */
    private static long healthyReplyMillis(VirtualPerson alice, String text) {
        long sent = System.nanoTime();
        alice.send(text);
        awaitReplyStartingWith(alice, "ok ", text);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);
        assertTrue(millis <= HEALTHY_LATENCY.toMillis(), "healthy reply to '" + text + "' took " + millis + " ms");
        return millis;
    }

    private static String awaitReplyStartingWith(VirtualPerson alice, String prefix, String text) {
        String wanted = prefix + text;
        long deadline = System.nanoTime() + HEALTHY_LATENCY.toNanos();
        for (long left; (left = deadline - System.nanoTime()) > 0; ) {
            Seen seen = alice.nextMessage(Duration.ofNanos(left));
            if (seen != null && seen.text().equals(wanted)) return seen.text();
        }
        return fail("no reply '" + wanted + "' within " + HEALTHY_LATENCY.toMillis() + " ms");
    }
}
