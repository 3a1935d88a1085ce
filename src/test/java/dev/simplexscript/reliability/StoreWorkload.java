package dev.simplexscript.reliability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The work of the store {@code kill -9} battery: operation {@code n} sets, overwrites or deletes
 * one of {@value #KEYS} keys in one of two scripts' stores, both named {@code bot.js} in
 * different folders. It depends on {@code n} alone, so the test can replay the state the writer
 * should have left after any acknowledged operation.
 */
final class StoreWorkload {
    static final int SCRIPTS = 2;
    /** Few enough keys per script that most operations hit a key that is already there. */
    static final int KEYS = 150;

    /** One operation: {@code value} null deletes. */
    record Op(int script, String key, Map<String, Object> value) {}

    /** What the replay met: the battery checks the workload really overwrote and deleted. */
    record Mix(long added, long overwritten, long deleted, long deletedAbsent) {}

    private StoreWorkload() {}

    static Path script(Path dir, int script) {
        return dir.resolve(script == 0 ? "one" : "two").resolve("bot.js");
    }

    static Op op(long n) {
        SplittableRandom random = new SplittableRandom(n);
        int script = random.nextInt(SCRIPTS);
        String key = "k" + random.nextInt(KEYS);
        if (random.nextInt(10) < 3) return new Op(script, key, null);
        // The content depends on n, so a stale, torn or misplaced value cannot pass for the right one.
        return new Op(script, key, Map.of("n", "#" + n, "text", "value of " + n + " " + "x".repeat((int) (n % 200))));
    }

    /** The stores after operations 0 to {@code last}, replayed incrementally. */
    static final class Model {
        private final List<Map<String, Object>> stores = new ArrayList<>();
        private long next;
        private long added;
        private long overwritten;
        private long deleted;
        private long deletedAbsent;

        Model() {
            for (int i = 0; i < SCRIPTS; i++) stores.add(new TreeMap<>());
        }

        /** Applies operations up to and including {@code last}. */
        Model through(long last) {
            for (; next <= last; next++) {
                Op op = op(next);
                Map<String, Object> store = stores.get(op.script());
                boolean had = store.containsKey(op.key());
                if (op.value() == null) {
                    store.remove(op.key());
                    if (had) deleted++;
                    else deletedAbsent++;
                } else {
                    store.put(op.key(), op.value());
                    if (had) overwritten++;
                    else added++;
                }
            }
            return this;
        }

        /** A copy of the state, per script. */
        List<Map<String, Object>> state() {
            List<Map<String, Object>> copy = new ArrayList<>();
            for (Map<String, Object> store : stores) copy.add(new TreeMap<>(store));
            return copy;
        }

        Mix mix() {
            return new Mix(added, overwritten, deleted, deletedAbsent);
        }
    }
}
