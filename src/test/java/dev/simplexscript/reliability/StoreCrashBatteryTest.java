package dev.simplexscript.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.simplexscript.store.ScriptStore;
import dev.simplexscript.store.ScriptStores;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Battery 6d: a child JVM runs the {@link StoreWorkload} (sets, overwrites and deletes in two
 * scripts' stores) as fast as it can and is killed with SIGKILL ({@code kill -9}) in the middle,
 * {@value #CI_ROUNDS} (ci) or {@value #FULL_ROUNDS} (full) times over the same file. After each
 * kill the file must pass SQLite's integrity check and hold exactly the state after the last
 * acknowledged operation, or after the one in flight at the kill: every acknowledged write and
 * delete is there and nothing else is, no value stale, torn or in the wrong script. (A killed
 * process leaves the OS's file buffers intact; power loss is not simulated.)
 * <p>
 * The control runs a writer that acknowledges {@value StoreWriter#LAG} operations ahead of the
 * store, like an unsynced write buffer, and requires the same check to fail.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class StoreCrashBatteryTest {
    private static final System.Logger LOG = System.getLogger(StoreCrashBatteryTest.class.getName());
    private static final int CI_ROUNDS = 3;
    private static final int FULL_ROUNDS = 10;
    private static final int ROUNDS = BatterySize.pick(CI_ROUNDS, FULL_ROUNDS);
    private static final int ACKS_BEFORE_KILL = BatterySize.pick(1_000, 2_000);

    @Test
    void everyAcknowledgedWriteAndDeleteSurvivesKillDashNine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("store.db");
        StoreWorkload.Model model = new StoreWorkload.Model();
        long next = 0;
        List<String> figures = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            long lastAcked = writeUntilKilled(file, dir, next, "honest");
            assertTrue(lastAcked >= next, "round " + round + ": the child acknowledged operations before it was killed");
            long reopened = System.nanoTime();
            List<String> problems = problems(file, dir, model.through(lastAcked), lastAcked);
            long checkMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - reopened);
            assertEquals(List.of(), problems, "round " + round + " after acknowledged operation " + lastAcked);
            figures.add("round " + round + ": " + (lastAcked - next + 1) + " acknowledged, checked in " + checkMillis + " ms");
            // The operation in flight at the kill may or may not have landed: the next round redoes it.
            next = lastAcked + 1;
        }
        StoreWorkload.Mix mix = model.mix();
        assertTrue(mix.overwritten() > 0 && mix.deleted() > 0, "the workload overwrote and deleted: " + mix);
        LOG.log(System.Logger.Level.INFO, String.format("store kill -9 (%s): %d rounds, %,d operations (%s), files %,d KiB; %s",
                BatterySize.name(), ROUNDS, next, mix, filesSize(dir) / 1024, figures));
    }

    @Test
    void controlAWriterThatAcknowledgesAheadOfTheStoreIsCaught(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("store.db");
        long lastAcked = writeUntilKilled(file, dir, 0, "acks-ahead");
        List<String> problems = problems(file, dir, new StoreWorkload.Model().through(lastAcked), lastAcked);
        assertFalse(problems.isEmpty(), "the battery missed " + StoreWriter.LAG + " acknowledged but unwritten operations");
        LOG.log(System.Logger.Level.INFO, "store kill -9 control caught: " + problems.subList(0, Math.min(3, problems.size())));
    }

    /**
     * What is wrong with the file once operations up to {@code lastAcked} were acknowledged:
     * empty when it passes SQLite's integrity check and holds the model's state after
     * {@code lastAcked} or after the next operation.
     */
    private static List<String> problems(Path file, Path dir, StoreWorkload.Model model, long lastAcked) throws Exception {
        List<String> problems = new ArrayList<>();
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet check = raw.createStatement().executeQuery("PRAGMA integrity_check")) {
            check.next();
            if (!"ok".equals(check.getString(1))) problems.add("integrity check: " + check.getString(1));
        }
        List<Map<String, Object>> expected = model.state();
        List<Map<String, Object>> inFlight = model.state();
        StoreWorkload.Op next = StoreWorkload.op(lastAcked + 1);
        if (next.value() == null) inFlight.get(next.script()).remove(next.key());
        else inFlight.get(next.script()).put(next.key(), next.value());
        List<Map<String, Object>> actual = new ArrayList<>();
        try (ScriptStores stores = ScriptStores.open(file)) {
            for (int i = 0; i < StoreWorkload.SCRIPTS; i++) {
                ScriptStore store = stores.forScript(StoreWorkload.script(dir, i));
                Map<String, Object> content = new TreeMap<>();
                for (String key : store.keys()) content.put(key, store.get(key));
                actual.add(content);
            }
        }
        if (!actual.equals(expected) && !actual.equals(inFlight)) {
            for (int i = 0; i < StoreWorkload.SCRIPTS; i++) {
                TreeSet<String> keys = new TreeSet<>(expected.get(i).keySet());
                keys.addAll(actual.get(i).keySet());
                for (String key : keys) {
                    Object want = expected.get(i).get(key);
                    Object got = actual.get(i).get(key);
                    if (!Objects.equals(want, got)) {
                        problems.add(StoreWorkload.script(dir, i).getParent().getFileName() + "/bot.js " + key
                                + ": acknowledged " + written(want) + ", found " + written(got));
                    }
                }
            }
        }
        return problems;
    }

    /** Which operation wrote a value ("#1995"), or "deleted". */
    private static String written(Object value) {
        return value instanceof Map<?, ?> map ? "value of " + map.get("n") : value == null ? "deleted" : "a foreign value " + value;
    }

    /** Starts the writer, lets it acknowledge some operations, kills it mid-stream; returns the last acknowledged number. */
    private static long writeUntilKilled(Path file, Path dir, long first, String mode) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                StoreWriter.class.getName(), file.toString(), dir.toString(), Long.toString(first), mode)
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

    private static long filesSize(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
