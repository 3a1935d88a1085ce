package dev.simplexscript.store;

import dev.simplexscript.bench.MachineInfo;
import dev.simplexscript.protocol.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The measurement behind the store's design (docs/reliability.md, "The store"): the shipped
 * SQLite store against H2's MVStore as the last release used it and two tunings of it, on the
 * same JSON values. A developer tool, not a test:
 * <pre>
 * mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test.cp -Dmdep.includeScope=test
 * java --enable-native-access=ALL-UNNAMED -cp target/classes:target/test-classes:$(cat target/test.cp) dev.simplexscript.store.StoreBench
 * </pre>
 * Two workloads per candidate, each in a fresh folder after a warm-up: a counter overwritten
 * {@value #OVERWRITES} times, then {@value #KEYS} keys of about 200 bytes written three times,
 * nine in ten of them deleted (scattered over the key order), the store closed and reopened.
 * Sizes are all files in the folder (database, log, lock files).
 */
public final class StoreBench {
    private static final int OVERWRITES = 100_000;
    private static final int KEYS = 10_000;
    private static final int WARM_UP = 20_000;

    /** One store under test: writes return when the candidate acknowledges them. */
    private interface Candidate extends AutoCloseable {
        void set(String key, Map<String, Object> value);

        void delete(String key);

        Object get(String key);

        @Override
        void close();
    }

    private record Kind(String name, String durability, java.util.function.Function<Path, Candidate> open) {}

    private static final List<Kind> KINDS = List.of(
            new Kind("SQLite WAL (shipped)", "on return", dir -> sqlite(ScriptStores.open(dir.resolve("store.db")), dir)),
            // The same code without a disk: what is left of its slow writes is the machine's.
            new Kind("reference: the shipped code on an in-memory SQLite", "never", dir -> sqlite(ScriptStores.inMemory(), dir)),
            new Kind("MVStore as the last release", "on return", dir -> mvstore(dir, false, 0)),
            new Kind("MVStore tuned: retention 0, compact every 1,000 writes", "on return", dir -> mvstore(dir, true, 1_000)),
            new Kind("MVStore tuned, background commit every 100 ms", "within 100 ms", dir -> mvstore(dir, true, -100)));

    private StoreBench() {}

    public static void main(String[] args) throws IOException {
        MachineInfo machine = MachineInfo.describe();
        System.out.printf("%s, %d cores, %s, %s, %s; load average at start %s%n%n", machine.cpu(), machine.cores(),
                machine.memory(), machine.os(), machine.jdk(), loadAverage());
        System.out.println("| candidate | durable | 100k overwrites: largest / final size | write p50 / p99 / p99.9 | writes over 1 ms"
                + " | 10k keys ×3: size | after deleting 90% | after close | after reopen | live data | write p99 | writes over 1 ms | read p99 |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        Path root = Files.createTempDirectory("store-bench");
        try {
            for (Kind kind : KINDS) System.out.println(run(kind, root));
        } finally {
            delete(root);
        }
        System.out.printf("%nload average at end %s%n", loadAverage());
    }

    private static String run(Kind kind, Path root) throws IOException {
        Path warm = Files.createDirectories(root.resolve("warm-" + KINDS.indexOf(kind)));
        try (Candidate c = kind.open().apply(warm)) {
            for (int n = 0; n < WARM_UP; n++) c.set("k" + n % 100, counter(n));
        }
        Path dir = Files.createDirectories(root.resolve("run-" + KINDS.indexOf(kind)));
        long[] overwrite = new long[OVERWRITES];
        long largest = 0;
        long[] writes = new long[KEYS * 3];
        long[] reads = new long[KEYS];
        long afterOverwrites, written, deleted, closed, reopened;
        long live = 0;
        try (Candidate c = kind.open().apply(dir)) {
            for (int n = 0; n < OVERWRITES; n++) {
                long t = System.nanoTime();
                c.set("count", counter(n));
                overwrite[n] = System.nanoTime() - t;
                if (n % 1_000 == 0) largest = Math.max(largest, size(dir));
            }
            afterOverwrites = size(dir);
            largest = Math.max(largest, afterOverwrites);
            c.delete("count");
            for (int pass = 0; pass < 3; pass++) {
                for (int k = 0; k < KEYS; k++) {
                    long t = System.nanoTime();
                    c.set("k" + k, record(k, pass));
                    writes[pass * KEYS + k] = System.nanoTime() - t;
                }
            }
            for (int k = 0; k < KEYS; k++) {
                long t = System.nanoTime();
                c.get("k" + k);
                reads[k] = System.nanoTime() - t;
            }
            written = size(dir);
            for (int k = 0; k < KEYS; k++) {
                if (k % 10 != 0) c.delete("k" + k);
                else live += ("k" + k).length() + StoreValue.toJson(record(k, 2)).length();
            }
            deleted = size(dir);
        }
        closed = size(dir);
        try (Candidate c = kind.open().apply(dir)) {
            if (c.get("k0") == null && !kind.durability().equals("never")) throw new IllegalStateException(kind.name() + " lost k0");
        }
        reopened = size(dir);
        return "| %s | %s | %s / %s | %s / %s / %s | %,d | %s | %s | %s | %s | %s | %s | %,d | %s |".formatted(kind.name(), kind.durability(),
                mib(largest), mib(afterOverwrites),
                micros(overwrite, 0.50), micros(overwrite, 0.99), micros(overwrite, 0.999), overOneMilli(overwrite),
                mib(written), mib(deleted), mib(closed), mib(reopened), mib(live), micros(writes, 0.99), overOneMilli(writes), micros(reads, 0.99));
    }

    private static Map<String, Object> counter(int n) {
        return Map.of("count", n, "last", "alice");
    }

    private static Map<String, Object> record(int k, int pass) {
        return Map.of("id", k, "pass", pass, "name", "person " + k, "note", "x".repeat(150), "tags", List.of("a", "b"));
    }

    private static Candidate sqlite(ScriptStores stores, Path dir) {
        ScriptStore store = stores.forScript(dir.resolve("bot.js"));
        return new Candidate() {
            public void set(String key, Map<String, Object> value) {
                store.set(key, value);
            }

            public void delete(String key) {
                store.delete(key);
            }

            public Object get(String key) {
                return store.get(key);
            }

            public void close() {
                stores.close();
            }
        };
    }

    /**
     * {@code tuned}: old chunks reusable at once (retention 0, no old versions kept);
     * {@code compactEvery} > 0 commits each write and compacts every that many writes,
     * < 0 lets MVStore's background thread commit every -compactEvery ms instead.
     */
    private static Candidate mvstore(Path dir, boolean tuned, int compactEvery) {
        MVStore.Builder builder = new MVStore.Builder().fileName(dir.resolve("store.mv").toString());
        if (compactEvery >= 0) builder.autoCommitDisabled();
        MVStore store = builder.open();
        if (compactEvery < 0) store.setAutoCommitDelay(-compactEvery);
        if (tuned) {
            store.setRetentionTime(0);
            store.setVersionsToKeep(0);
        }
        MVMap<String, String> map = store.openMap("script:bot.js");
        boolean commitEach = compactEvery >= 0;
        return new Candidate() {
            private int writes;

            public void set(String key, Map<String, Object> value) {
                map.put(key, StoreValue.toJson(value));
                written();
            }

            public void delete(String key) {
                map.remove(key);
                written();
            }

            private void written() {
                if (!commitEach) return;
                store.commit();
                if (compactEvery > 0 && ++writes % compactEvery == 0) store.compact(90, 1 << 20);
            }

            public Object get(String key) {
                String json = map.get(key);
                return json == null ? null : Json.MAPPER.readValue(json, Object.class);
            }

            public void close() {
                store.close();
            }
        };
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static String micros(long[] nanos, double quantile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double us = sorted[(int) Math.min(sorted.length - 1, Math.round(quantile * sorted.length))] / 1e3;
        return us < 10 ? "%.1f µs".formatted(us) : "%,.0f µs".formatted(us);
    }

    private static long overOneMilli(long[] nanos) {
        return Arrays.stream(nanos).filter(t -> t > 1_000_000).count();
    }

    private static String mib(long bytes) {
        return bytes < 1 << 20 ? "%,d KiB".formatted(bytes >> 10) : "%,.1f MiB".formatted(bytes / (double) (1 << 20));
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
