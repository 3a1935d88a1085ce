package dev.simplexscript.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.store.ScriptStore;
import dev.simplexscript.store.ScriptStores;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Battery 6d: a child JVM writes to the script store as fast as it can and is killed with
 * SIGKILL ({@code kill -9}) in the middle, {@value #CI_ROUNDS} (ci) or {@value #FULL_ROUNDS}
 * (full) times over the same file. After each kill the file must open and hold every write the
 * child acknowledged, with exactly its value. (A killed process leaves the OS's file buffers
 * intact; power loss is not simulated.)
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class StoreCrashBatteryTest {
    private static final System.Logger LOG = System.getLogger(StoreCrashBatteryTest.class.getName());
    private static final int CI_ROUNDS = 3;
    private static final int FULL_ROUNDS = 10;
    private static final int ROUNDS = BatterySize.pick(CI_ROUNDS, FULL_ROUNDS);
    private static final int ACKS_BEFORE_KILL = BatterySize.pick(1_000, 2_000);

    @Test
    void everyAcknowledgedWriteSurvivesKillDashNine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("stores.mv");
        long next = 0;
        List<String> figures = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            long firstOfRound = next;
            long lastAcked = writeUntilKilled(file, firstOfRound);
            assertTrue(lastAcked >= firstOfRound, "round " + round + ": the child acknowledged writes before it was killed");
            long reopened = System.nanoTime();
            try (ScriptStores stores = ScriptStores.open(file)) {
                long openMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - reopened);
                ScriptStore[] scripts = {stores.open("a.js"), stores.open("b.groovy")};
                for (long n = 0; n <= lastAcked; n++) {
                    Object stored = scripts[(int) (n % 2)].get(StoreWriter.key(n));
                    if (stored == null) fail("round " + round + ": acknowledged write " + n + " to " + StoreWriter.script(n) + " is missing");
                    assertEquals(Json.tree(StoreWriter.value(n)), Json.tree(stored), "write " + n + " intact");
                }
                figures.add("round " + round + ": " + (lastAcked - firstOfRound + 1) + " acknowledged, reopened in " + openMillis + " ms");
            }
            next = lastAcked + 1;
        }
        LOG.log(System.Logger.Level.INFO, String.format("store kill -9 (%s): %d rounds, %,d writes, file %,d KiB; %s",
                BatterySize.name(), ROUNDS, next, Files.size(file) / 1024, figures));
    }

    /** Starts the writer, lets it acknowledge some writes, kills it mid-stream; returns the last acknowledged number. */
    private static long writeUntilKilled(Path file, long first) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StoreWriter.class.getName(), file.toString(), Long.toString(first))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long lastAcked = first - 1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            if (!"ready".equals(line)) fail("store writer did not start: " + line);
            for (long acks = 0; acks < ACKS_BEFORE_KILL && (line = out.readLine()) != null; acks++) {
                lastAcked = Long.parseLong(line.substring("ack ".length()));
            }
            // SIGKILL through the handle: Process.destroyForcibly would also close our end of its output.
            child.toHandle().destroyForcibly();
            // Acknowledgements already printed before the kill count too: read them to the end.
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ack ")) lastAcked = Long.parseLong(line.substring("ack ".length()));
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        return lastAcked;
    }
}
