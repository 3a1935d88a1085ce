package dev.simplexscript.lang.groovy;

import dev.simplexscript.lang.Registrar;
import dev.simplexscript.lang.ScriptEnvironment;
import dev.simplexscript.lang.ScriptRuntime;
import dev.simplexscript.lang.ScriptSource;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.HostAccess;

/**
 * What the Groovy sandbox costs per operation: each kind of operation runs in a loop in a
 * sandboxed and in a trusted script (same source), and the time per operation, less an empty
 * loop's, is printed for both. A timing loop, not JMH: run it on an otherwise idle machine.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) dev.simplexscript.lang.groovy.SandboxOverhead [iterations]</pre>
 */
public final class SandboxOverhead {
    /** Operation kinds, each the body of the timed loop; {@code x} is the loop's result. */
    static final Map<String, String> OPERATIONS = new LinkedHashMap<>();

    static {
        OPERATIONS.put("empty loop", "x = i");
        OPERATIONS.put("arithmetic (x + i)", "x = x + i");
        OPERATIONS.put("String method", "x = 'hello'.length() + i");
        OPERATIONS.put("GDK method (list.sum())", "x = list.sum() + i");
        OPERATIONS.put("static method", "x = Math.abs(-i)");
        OPERATIONS.put("map property", "x = map.key + i");
        OPERATIONS.put("closure call", "x = twice(i)");
        OPERATIONS.put("script method", "x = half(i)");
        OPERATIONS.put("API property (msg.text)", "x = msg.text.length() + i");
        OPERATIONS.put("API method (api.echo)", "x = api.echo(i)");
        OPERATIONS.put("typed assignment", "int y = i; x = y");
        OPERATIONS.put("condition", "x = (i % 2 == 0) ? i : -i");
    }

    /** A tiny API object. */
    public static final class Api {
        @HostAccess.Export public final String text = "hello";

        @HostAccess.Export
        public Object echo(Object value) {
            return value;
        }
    }

    private SandboxOverhead() {}

    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        measure(iterations); // a first pass lets the JIT compile the sandbox's paths for every kind
        for (Result r : measure(iterations)) {
            System.out.printf("%-28s sandboxed %7.1f ns  trusted %7.1f ns  overhead %7.1f ns%n",
                    r.operation(), r.sandboxedNanos(), r.trustedNanos(), r.sandboxedNanos() - r.trustedNanos());
        }
    }

    /** One operation's time per iteration in each mode, less the empty loop's, and both loops' results. */
    record Result(String operation, double sandboxedNanos, double trustedNanos, Object sandboxedValue, Object trustedValue) {}

    static List<Result> measure(int iterations) {
        try (GroovyLanguage groovy = new GroovyLanguage()) {
            double[] empty = null;
            List<Result> out = new ArrayList<>();
            for (Map.Entry<String, String> op : OPERATIONS.entrySet()) {
                Object[] sandboxed = time(groovy, op.getValue(), iterations, false);
                Object[] trusted = time(groovy, op.getValue(), iterations, true);
                double s = (double) sandboxed[0];
                double t = (double) trusted[0];
                if (empty == null) empty = new double[] {s, t};
                boolean base = op.getKey().equals("empty loop");
                out.add(new Result(op.getKey(), base ? s : s - empty[0], base ? t : t - empty[1], sandboxed[1], trusted[1]));
            }
            return out;
        }
    }

    /**
     * Runs the script's loop four times and returns [CPU nanoseconds per iteration of the best of
     * the last two runs, result]. CPU time of this thread, not wall time: the JIT compiles on other
     * threads, and a busy machine inflates wall time far more than CPU time.
     */
    private static Object[] time(GroovyLanguage groovy, String body, int iterations, boolean trusted) {
        String source = """
                def list = [1, 2, 3]
                def map = [key: 7]
                def twice = { n -> n * 2 }
                def half(n) { n.intdiv(2) }
                def loop(int n, list, map, twice, msg, api) {
                  def x = 0
                  for (int i = 0; i < n; i++) { %s }
                  x
                }
                println loop(%d, list, map, twice, api, api)
                """.formatted(body, iterations);
        List<String> printed = new ArrayList<>();
        ScriptEnvironment env = new ScriptEnvironment() {
            @Override public Map<String, Object> globals() { return Map.of("api", new Api()); }
            @Override public Registrar registrar() { return GroovySandboxTest.NO_REGISTRAR; }
            @Override public void post(Runnable task) { task.run(); }
            @Override public void print(String line) { printed.add(line); }
        };
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        try (ScriptRuntime runtime = groovy.prepare(new ScriptSource(Path.of("bench.groovy"), "bench.groovy", source, trusted), env)) {
            for (int round = 0; round < 4; round++) {
                long start = cpu.getCurrentThreadCpuTime();
                runtime.run();
                if (round >= 2) best = Math.min(best, cpu.getCurrentThreadCpuTime() - start);
            }
        }
        return new Object[] {best / (double) iterations, printed.getLast()};
    }
}
