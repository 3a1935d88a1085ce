package dev.simplexscript.reliability;

import dev.simplexscript.store.ScriptStore;
import dev.simplexscript.store.ScriptStores;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The child process of {@link StoreCrashBatteryTest}: runs the {@link StoreWorkload} without end
 * and prints {@code ack <n>} once operation n returned, until it is killed.
 * Arguments: the store file, the folder the two scripts live in, the first operation, and a mode:
 * {@code honest}, or {@code acks-ahead}, the battery's control, which acknowledges each operation
 * {@value #LAG} operations before handing it to the store, as a store with an unsynced write
 * buffer would.
 */
public final class StoreWriter {
    static final int LAG = 16;

    private StoreWriter() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ScriptStores stores = ScriptStores.open(Path.of(args[0]));
        Path dir = Path.of(args[1]);
        ScriptStore[] scripts = new ScriptStore[StoreWorkload.SCRIPTS];
        for (int i = 0; i < scripts.length; i++) scripts[i] = stores.forScript(StoreWorkload.script(dir, i));
        boolean acksAhead = "acks-ahead".equals(args[3]);
        Deque<StoreWorkload.Op> unwritten = new ArrayDeque<>();
        out.println("ready");
        for (long n = Long.parseLong(args[2]); ; n++) {
            StoreWorkload.Op op = StoreWorkload.op(n);
            if (acksAhead) {
                out.println("ack " + n);
                unwritten.add(op);
                if (unwritten.size() > LAG) apply(scripts, unwritten.remove());
            } else {
                apply(scripts, op);
                out.println("ack " + n);
            }
        }
    }

    private static void apply(ScriptStore[] scripts, StoreWorkload.Op op) {
        ScriptStore store = scripts[op.script()];
        if (op.value() == null) store.delete(op.key());
        else store.set(op.key(), op.value());
    }
}
