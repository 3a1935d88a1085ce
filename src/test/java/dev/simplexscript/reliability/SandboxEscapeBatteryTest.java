package dev.simplexscript.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.simplexscript.host.HostConfig;
import dev.simplexscript.host.LoadResult;
import dev.simplexscript.protocol.Json;
import dev.simplexscript.run.BotRunner;
import dev.simplexscript.run.CoreChoice;
import dev.simplexscript.sim.people.VirtualPerson;
import dev.simplexscript.sim.world.Seen;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Battery 6b/6c: sandbox escape attempts from inside running bot scripts (src/test/resources/
 * reliability): {@code escape.js} tries {@value #MIN_JS_ATTEMPTS}+ ways out of the GraalJS
 * sandbox (Java interop, Polyglot, load, require, process, reflection through API objects,
 * another script's store, prototype tampering), {@code victim.js} checks that none of it leaked
 * into another script; {@code escape.groovy} tries the call interceptor's known bypass classes at
 * run time, and the scripts under {@code compile-time/} (@Grab, AST transforms, @BaseScript,
 * classes, method pointers, casts, direct field access) must be refused before they run.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class SandboxEscapeBatteryTest {
    private static final System.Logger LOG = System.getLogger(SandboxEscapeBatteryTest.class.getName());
    private static final int MIN_JS_ATTEMPTS = 40;
    private static final List<String> RUN_TIME = List.of("escape.js", "victim.js", "escape.groovy");
    private static final List<String> COMPILE_TIME = List.of("grab.groovy", "astTransform.groovy", "methodPointer.groovy",
            "classDeclaration.groovy", "asCast.groovy", "fieldAccess.groovy", "baseScript.groovy");

    @Test
    void everyEscapeAttemptIsBlocked(@TempDir Path dir) throws Exception {
        Path scripts = Files.createDirectories(dir.resolve("scripts"));
        for (String name : RUN_TIME) copy("/reliability/" + name, scripts.resolve(name));
        for (String name : COMPILE_TIME) copy("/reliability/compile-time/" + name, scripts.resolve(name));
        HostConfig config = HostConfig.defaults(dir.resolve("store.mv")).withHandlerBudget(Duration.ofSeconds(10));
        try (QuietLogs quiet = QuietLogs.below(Level.OFF, "dev.simplexscript.client", "dev.simplexscript.sim",
                     "dev.simplexscript.host", "dev.simplexscript.script", "dev.simplexscript.run", "dev.simplexscript.lang");
             BotRunner bot = BotRunner.start(CoreChoice.embedded(), config, dir, status -> {})) {
            bot.awaitConnected(Duration.ofSeconds(10));
            Map<String, LoadResult> loads = new LinkedHashMap<>();
            for (LoadResult result : bot.load(List.of(scripts))) loads.put(result.script(), result);
            for (String name : RUN_TIME) assertTrue(loads.get(name).loaded(), name + " loads: " + loads.get(name));
            VirtualPerson alice = bot.simulator().orElseThrow().person("alice");
            alice.connectViaAddress();
            alice.send("probe");
            Map<String, String> js = parseJson(awaitReply(alice, "escape.js "));
            Map<String, String> groovy = parseGroovy(awaitReply(alice, "escape.groovy "));
            alice.send("probe-victim");
            Map<String, String> victim = parseJson(awaitReply(alice, "victim.js "));

            assertTrue(js.size() >= MIN_JS_ATTEMPTS, js.size() + " JavaScript attempts");
            assertOnlyBlocked("escape.js", js);
            assertOnlyBlocked("victim.js", victim);
            assertOnlyBlocked("escape.groovy", groovy);
            for (String name : COMPILE_TIME) {
                LoadResult result = loads.get(name);
                assertTrue(result != null && !result.loaded() && result.error() != null
                        && result.error().getMessage().contains("not allowed in a sandboxed script"), name + " must be refused by the sandbox: " + result);
            }
            assertNull(System.getProperty("simplex.escaped.asttest"), "an AST transform ran while compiling");
            assertNull(System.getProperty("simplex.escaped.class"), "a declared class ran its initializer");
            assertNull(System.getProperty("pwned"), "a Groovy script set a system property");
            LOG.log(System.Logger.Level.INFO, String.format("sandbox escapes: %d JavaScript attempts + 1 cross-script check, "
                    + "%d Groovy run-time attempts, %d Groovy compile-time attempts: all blocked; compile-time refusals: %s",
                    js.size(), groovy.size(), COMPILE_TIME.size(),
                    COMPILE_TIME.stream().map(name -> name + ": " + loads.get(name).error().getMessage()).toList()));
        }
    }

    private static void assertOnlyBlocked(String script, Map<String, String> results) {
        Map<String, String> escaped = new LinkedHashMap<>(results);
        escaped.values().removeIf("blocked"::equals);
        assertEquals(Map.of(), escaped, script + " got through");
    }

    private static String awaitReply(VirtualPerson alice, String prefix) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
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

    private static Map<String, String> parseGroovy(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : text.split(";")) {
            int eq = pair.indexOf('=');
            out.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return out;
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = SandboxEscapeBatteryTest.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("missing test resource " + resource);
            Files.copy(in, to);
        }
    }
}
