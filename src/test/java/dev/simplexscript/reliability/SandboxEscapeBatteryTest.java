package dev.simplexscript.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.simplexscript.host.HostConfig;
import dev.simplexscript.host.LoadResult;
import dev.simplexscript.lang.ScriptError;
import dev.simplexscript.protocol.Json;
import dev.simplexscript.run.BotRunner;
import dev.simplexscript.run.CoreChoice;
import dev.simplexscript.sim.people.VirtualPerson;
import dev.simplexscript.sim.world.Seen;
import dev.simplexscript.store.ScriptStores;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Battery 6b/6c: sandbox escape attempts from inside running bot scripts. Every attempt passes
 * only on the sandbox's own refusal, and every attempt is also run without the sandbox (the
 * planted control), where it must escape: an attempt that could not escape anyway, or that fails
 * for any other reason, fails the battery.
 *
 * <p>Groovy: the attempts under {@code reliability/groovy/} (one file per root cause) each load as
 * their own script; sandboxed, the load must fail as {@link ScriptError.Kind#REFUSED} naming the
 * refused member; trusted, the script must report the capability it reached. JavaScript:
 * {@code escape.js} classifies each attempt itself (refused only on the exact error the sandbox
 * causes) and {@code victim.js} reports whether another script's changes reach it; the control
 * runs both in one context with host access and raw host objects.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class SandboxEscapeBatteryTest {
    private static final System.Logger LOG = System.getLogger(SandboxEscapeBatteryTest.class.getName());
    /** Root causes, one attempt file each, with how many attempts each holds. */
    private static final Map<String, Integer> GROOVY_CAUSES = orderedMap("inherited", 12, "defaults", 4, "coercion", 14,
            "operators", 12, "leaks", 17, "classic", 23, "threads", 5, "compile-time", 6);
    private static final int JS_ATTEMPTS = 20;
    private static final int JS_CROSS_SCRIPT = 2;
    private static final String ESCAPED = "ESCAPED ";
    private static final String REPORT = "def escaped(value) { log.info('" + ESCAPED + "' + value) }\n";

    /**
     * {@code control}: what the trusted run executes, the attempt's own code unless the file gives
     * a trusted variant after {@code // -- trusted} (host objects hide their internals from trusted
     * property syntax too, so reaching them there takes the metaclass).
     */
    record GroovyAttempt(String cause, String name, String refusal, String code, String control) {
        static GroovyAttempt parse(String cause, String name, String refusal, String text) {
            String[] parts = text.split("\n// -- trusted\n", 2);
            String code = parts[0].strip() + "\n";
            return new GroovyAttempt(cause, name, refusal, code, parts.length == 2 ? parts[1].strip() + "\n" : code);
        }

        String file(String mode) {
            return mode + "-" + cause + "-" + name + ".groovy";
        }
    }

    @Test
    void groovyAttemptsAreRefusedByTheSandboxAndEscapeWhenTrusted(@TempDir Path dir) throws Exception {
        List<GroovyAttempt> attempts = groovyAttempts();
        Map<String, Long> perCause = attempts.stream().collect(Collectors.groupingBy(GroovyAttempt::cause, LinkedHashMap::new, Collectors.counting()));
        assertEquals(GROOVY_CAUSES.keySet().stream().collect(Collectors.toMap(c -> c, c -> (long) GROOVY_CAUSES.get(c))), perCause,
                "attempts per root cause");
        Path scripts = Files.createDirectories(dir.resolve("scripts"));
        for (GroovyAttempt a : attempts) {
            Files.writeString(scripts.resolve(a.file("sandboxed")), REPORT + a.code());
            Files.writeString(scripts.resolve(a.file("trusted")), REPORT + a.control());
        }
        Map<String, List<String>> lines = new ConcurrentHashMap<>();
        HostConfig config = HostConfig.defaults(dir.resolve("store.mv"))
                .withHandlerBudget(Duration.ofSeconds(20))
                .withTrusted(file -> file.getFileName().toString().startsWith("trusted-"))
                .withReporter((script, level, message) -> lines.computeIfAbsent(script, s -> new CopyOnWriteArrayList<>()).add(message));
        List<String> wrong = new ArrayList<>();
        Map<String, Integer> refused = new LinkedHashMap<>();
        int escaped = 0;
        try (QuietLogs quiet = quietLogs();
             BotRunner bot = BotRunner.start(CoreChoice.embedded(), config, dir, status -> {})) {
            bot.awaitConnected(Duration.ofSeconds(30));
            bot.simulator().orElseThrow().person("alice").connectViaAddress(); // the leak attempts message her
            Map<String, LoadResult> loads = new LinkedHashMap<>();
            for (LoadResult r : bot.load(List.of(scripts))) loads.put(r.script(), r);
            for (GroovyAttempt a : attempts) {
                LoadResult sandboxed = Objects.requireNonNull(loads.get(a.file("sandboxed")), a.name());
                ScriptError error = sandboxed.error();
                if (sandboxed.loaded() || error == null || error.kind() != ScriptError.Kind.REFUSED || !error.getMessage().contains(a.refusal())) {
                    wrong.add("sandboxed " + a.name() + " was not refused naming '" + a.refusal() + "': "
                            + (sandboxed.loaded() ? "loaded, reported " + lines.get(a.file("sandboxed")) : error));
                } else if (lines.getOrDefault(a.file("sandboxed"), List.of()).stream().anyMatch(l -> l.startsWith(ESCAPED))) {
                    wrong.add("sandboxed " + a.name() + " reported a capability before it was refused");
                } else {
                    refused.merge(a.cause(), 1, Integer::sum);
                }
                LoadResult trusted = Objects.requireNonNull(loads.get(a.file("trusted")), a.name());
                String capability = lines.getOrDefault(a.file("trusted"), List.of()).stream()
                        .filter(l -> l.startsWith(ESCAPED)).findFirst().map(l -> l.substring(ESCAPED.length())).orElse(null);
                if (!trusted.loaded() || capability == null || capability.isBlank() || capability.equals("null")) {
                    wrong.add("control: trusted " + a.name() + " did not escape: " + (trusted.loaded() ? "reported " + capability : trusted.error()));
                } else {
                    escaped++;
                }
            }
        } finally {
            System.clearProperty("simplex.battery.asttest");
        }
        assertEquals(List.of(), wrong);
        assertEquals(attempts.size(), escaped, "control escapes");
        LOG.log(System.Logger.Level.INFO, "Groovy sandbox escapes: {0} attempts, {1} refused (by root cause {2}); "
                + "control (trusted): {3} escaped", attempts.size(), refused.values().stream().mapToInt(i -> i).sum(), refused, escaped);
    }

    @Test
    void javascriptAttemptsAreRefusedByTheSandboxAndEscapeWithoutIt(@TempDir Path dir) throws Exception {
        Path probe = Files.writeString(dir.resolve("probe.js"),
                "typeof module === 'undefined' ? 'probe file content' : (module.exports = 'probe file content')");
        Path scripts = Files.createDirectories(dir.resolve("scripts"));
        String escape = resource("/reliability/escape.js").replace("PROBE_FILE", probe.toString());
        String victim = resource("/reliability/victim.js");
        Files.writeString(scripts.resolve("escape.js"), escape);
        Files.writeString(scripts.resolve("victim.js"), victim);

        Map<String, String> sandboxed;
        Map<String, String> isolation;
        HostConfig config = HostConfig.defaults(dir.resolve("store.mv")).withHandlerBudget(Duration.ofSeconds(20));
        try (QuietLogs quiet = quietLogs();
             BotRunner bot = BotRunner.start(CoreChoice.embedded(), config, dir, status -> {})) {
            bot.awaitConnected(Duration.ofSeconds(30));
            for (LoadResult r : bot.load(List.of(scripts))) assertTrue(r.loaded(), r.script() + " loads: " + r);
            VirtualPerson alice = bot.simulator().orElseThrow().person("alice");
            alice.connectViaAddress();
            alice.send("probe");
            sandboxed = parseJson(awaitReply(alice, "escape.js "));
            alice.send("probe-victim");
            isolation = parseJson(awaitReply(alice, "victim.js "));
        }
        Map<String, String> control = withoutTheSandbox(escape, victim);

        assertEquals(JS_ATTEMPTS, sandboxed.size(), "JavaScript attempts: " + sandboxed.keySet());
        assertEquals(JS_CROSS_SCRIPT, isolation.size(), "cross-script attempts: " + isolation.keySet());
        assertEquals(Map.of(), notRefused(sandboxed), "escape.js in the host");
        assertEquals(Map.of(), notRefused(isolation), "victim.js in the host");
        Map<String, String> controlMissed = new LinkedHashMap<>(control);
        controlMissed.values().removeIf(v -> v.startsWith("ESCAPED"));
        assertEquals(JS_ATTEMPTS + JS_CROSS_SCRIPT, control.size(), "control outcomes: " + control.keySet());
        assertEquals(Map.of(), controlMissed, "control: every attempt must escape without the sandbox");
        LOG.log(System.Logger.Level.INFO, "JavaScript sandbox escapes: {0} attempts + {1} cross-script, all refused; "
                + "control (host access, one shared context): {2} escaped", JS_ATTEMPTS, JS_CROSS_SCRIPT, control.size());
    }

    /**
     * The planted control for JavaScript: the same two scripts in one context with every host
     * access allowed and raw host objects where the host gives proxies. Returns the outcome of
     * every attempt and cross-script check.
     */
    private static Map<String, String> withoutTheSandbox(String escape, String victim) {
        List<String> replies = new CopyOnWriteArrayList<>();
        try (ScriptStores stores = ScriptStores.inMemory();
             Context js = Context.newBuilder("js").allowAllAccess(true)
                     .option("js.commonjs-require", "true")
                     .option("engine.WarnInterpreterOnly", "false")
                     .build()) {
            Value bindings = js.getBindings("js");
            bindings.putMember("store", stores.forScript(Path.of("shared.js")));
            bindings.putMember("send", new RawHostObject());
            bindings.putMember("log", new RawHostObject());
            js.eval("js", """
                    globalThis.handlers = []
                    globalThis.on = { message: fn => handlers.push(fn) }
                    globalThis.after = (ms, fn) => new (Java.type('java.lang.Object'))()
                    """);
            js.eval("js", victim);
            js.eval("js", escape);
            Value handlers = bindings.getMember("handlers");
            for (String text : List.of("probe", "probe-victim")) {
                for (long i = 0; i < handlers.getArraySize(); i++) handlers.getArrayElement(i).execute(new ProbeMessage(text, replies));
            }
        }
        Map<String, String> outcomes = new LinkedHashMap<>();
        for (String reply : replies) outcomes.putAll(parseJson(reply.substring(reply.indexOf(' ') + 1)));
        return outcomes;
    }

    /** A message as the control hands it to scripts: a plain host object. */
    public static final class ProbeMessage {
        public final String text;
        private final List<String> replies;

        ProbeMessage(String text, List<String> replies) {
            this.text = text;
            this.replies = replies;
        }

        public void reply(String reply) {
            replies.add(reply);
        }
    }

    /** Stands for an API object the host would hand out behind a proxy. */
    public static final class RawHostObject {
    }

    private static List<GroovyAttempt> groovyAttempts() throws IOException {
        List<GroovyAttempt> out = new ArrayList<>();
        for (String cause : GROOVY_CAUSES.keySet()) {
            String name = null;
            String refusal = null;
            StringBuilder code = new StringBuilder();
            for (String line : resource("/reliability/groovy/" + cause + ".groovy").split("\n", -1)) {
                if (line.startsWith("// == ")) {
                    if (name != null) out.add(GroovyAttempt.parse(cause, name, refusal, code.toString()));
                    String[] header = line.substring(6).split("\\|", 2);
                    name = header[0].strip();
                    refusal = header[1].strip();
                    code.setLength(0);
                } else if (name != null) {
                    code.append(line).append('\n');
                }
            }
            if (name != null) out.add(GroovyAttempt.parse(cause, name, refusal, code.toString()));
        }
        return out;
    }

    private static Map<String, String> notRefused(Map<String, String> outcomes) {
        Map<String, String> out = new LinkedHashMap<>(outcomes);
        out.values().removeIf("refused"::equals);
        return out;
    }

    private static QuietLogs quietLogs() {
        return QuietLogs.below(Level.OFF, "dev.simplexscript.client", "dev.simplexscript.sim", "dev.simplexscript.host",
                "dev.simplexscript.script", "dev.simplexscript.run", "dev.simplexscript.lang");
    }

    private static String awaitReply(VirtualPerson alice, String prefix) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (long left; (left = deadline - System.nanoTime()) > 0; ) {
            Seen seen = alice.nextMessage(Duration.ofNanos(left));
            if (seen != null && seen.text().startsWith(prefix)) return seen.text().substring(prefix.length());
        }
        return fail("no reply starting '" + prefix + "'");
    }

    private static Map<String, String> parseJson(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode node = Json.parse(json);
        for (String name : node.propertyNames()) out.put(name, node.get(name).asString());
        return out;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SandboxEscapeBatteryTest.class.getResourceAsStream(name)) {
            if (in == null) throw new IOException("missing test resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, Integer> orderedMap(Object... pairs) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) out.put((String) pairs[i], (Integer) pairs[i + 1]);
        return out;
    }
}
