package dev.simplexscript.reliability;

import dev.simplexscript.store.ScriptStore;
import dev.simplexscript.store.ScriptStores;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * The child process of {@link StoreCrashBatteryTest}: writes to two scripts' stores without end
 * and prints {@code ack <n>} after each write returned, until it is killed.
 * Arguments: the store file and the first write number.
 */
public final class StoreWriter {
    private StoreWriter() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ScriptStores stores = ScriptStores.open(Path.of(args[0]));
        ScriptStore[] scripts = {stores.open("a.js"), stores.open("b.groovy")};
        out.println("ready");
        for (long n = Long.parseLong(args[1]); ; n++) {
            scripts[(int) (n % 2)].set(key(n), value(n));
            out.println("ack " + n);
        }
    }

    static String key(long n) {
        return "k" + n;
    }

    /** A value whose content depends on n, so a torn or mixed-up record cannot pass for the right one. */
    static Object value(long n) {
        return Map.of("n", "#" + n, "text", "value of " + n + " " + "x".repeat((int) (n % 200)));
    }

    static String script(long n) {
        return n % 2 == 0 ? "a.js" : "b.groovy";
    }
}
