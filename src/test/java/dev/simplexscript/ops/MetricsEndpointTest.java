package dev.simplexscript.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.sim.people.VirtualPerson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /metrics} read back as Prometheus would, and {@code /healthz} in both states. */
class MetricsEndpointTest {
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    @TempDir
    Path dir;
    OpsBot ops;
    final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        if (ops != null) ops.close();
        http.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        var address = ops.ops().metricsAddress().orElseThrow();
        URI uri = URI.create("http://127.0.0.1:" + address.getPort() + path);
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Every sample by name and its labels in name order, e.g. {@code simplex_events_total{type=newChatItems}}. */
    static Map<String, Double> parse(String text) {
        Map<String, Double> samples = new TreeMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            Matcher m = SAMPLE.matcher(line);
            assertTrue(m.matches(), "not a Prometheus text sample: " + line);
            Map<String, String> labels = new TreeMap<>();
            if (m.group(2) != null) {
                Matcher l = LABEL.matcher(m.group(2));
                while (l.find()) labels.put(l.group(1), l.group(2));
            }
            String key = m.group(1) + (labels.isEmpty() ? "" : labels.toString().replace(", ", ",").replace('{', '{'));
            samples.put(key, Double.parseDouble(m.group(3)));
        }
        return samples;
    }

    @Test
    void metricsCountEventsCommandsHandlersAndErrors() throws Exception {
        ops = new OpsBot(dir).script("echo.js", OperatorChatTest.ECHO)
                .script("fails.js", "on.message(msg => { if (msg.text === 'boom') throw new Error('boom') })\n").start();
        VirtualPerson alice = ops.person("alice");
        assertEquals("echo: one", ops.ask(alice, "one"));
        assertEquals("echo: boom", ops.ask(alice, "boom"));
        ops.awaitLog("Error: boom");
        ops.settle();

        HttpResponse<String> response = get("/metrics");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
        Map<String, Double> m = parse(response.body());
        assertTrue(m.get("simplex_events_total{type=newChatItems}") >= 2, m.toString());
        assertTrue(m.get("simplex_events_total{type=contactConnected}") >= 1, m.toString());
        assertTrue(m.get("simplex_commands_total{command=APISendMessages,result=ok}") >= 2, m.toString());
        assertEquals(0.0, m.get("simplex_commands_total{command=APISendMessages,result=timeout}"));
        assertTrue(m.get("simplex_handler_seconds_count{script=echo.js}") >= 2, m.toString());
        assertTrue(m.get("simplex_handler_seconds_bucket{le=+Inf,script=echo.js}") >= 2, m.toString());
        assertTrue(m.get("simplex_handler_seconds_sum{script=echo.js}") > 0, m.toString());
        assertEquals(1.0, m.get("simplex_handler_errors_total{script=fails.js}"));
        assertEquals(0.0, m.get("simplex_handler_errors_total{script=echo.js}"));
        assertEquals(1.0, m.get("simplex_script_running{script=echo.js}"));
        assertEquals(0.0, m.get("simplex_script_queue_depth{script=echo.js}"));
        assertEquals(1.0, m.get("simplex_core_connected"));
        assertEquals(0.0, m.get("simplex_core_reconnects_total"));
        assertTrue(m.get("simplex_store_bytes") >= 0, m.toString());
    }

    @Test
    void healthIsOkOnlyWhileTheCoreIsConnectedAndEveryScriptRuns() throws Exception {
        ops = new OpsBot(dir).script("echo.js", OperatorChatTest.ECHO).start();
        HttpResponse<String> healthy = get("/healthz");
        assertEquals(200, healthy.statusCode());
        assertEquals("ok\n", healthy.body());

        Files.writeString(ops.scripts.resolve("broken.js"), "on.message(msg => {\n");
        ops.awaitLog("[broken.js] ERROR load failed");
        HttpResponse<String> broken = get("/healthz");
        assertEquals(503, broken.statusCode());
        assertTrue(broken.body().startsWith("broken.js failed: broken.js:"), broken.body());

        Files.delete(ops.scripts.resolve("broken.js"));
        awaitStatus(200, "ok");
        ops.server.close();
        HttpResponse<String> down = awaitStatus(503, "chat core not connected");
        assertTrue(down.body().contains("core unreachable for"), down.body());
        assertEquals(405, http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + ops.ops().metricsAddress().orElseThrow().getPort() + "/healthz")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    private HttpResponse<String> awaitStatus(int status, String part) throws Exception {
        long deadline = System.nanoTime() + OpsBot.WAIT.toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            last = get("/healthz");
            if (last.statusCode() == status && last.body().contains(part)) return last;
            Thread.sleep(20);
        }
        throw new AssertionError("/healthz never said " + status + " " + part + "; last: " + (last == null ? null : last.body()));
    }
}
