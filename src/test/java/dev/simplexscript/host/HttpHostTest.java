package dev.simplexscript.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.simplexscript.http.HttpServices;
import dev.simplexscript.http.Routes;
import dev.simplexscript.http.WebhookRequest;
import dev.simplexscript.http.Webhooks;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Webhook routes and fetch as scripts use them: registered, swapped on reload, run on the script's dispatcher. */
class HttpHostTest {
    @TempDir
    Path dir;

    private final HttpServer upstream = start();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private HttpServices http;
    private TestHost t;

    private static HttpServer start() {
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            s.createContext("/price", ex -> {
                byte[] body = "{\"btc\":97000.5}".getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().set("Content-Type", "application/json");
                ex.sendResponseHeaders(200, body.length);
                ex.getResponseBody().write(body);
                ex.close();
            });
            s.start();
            return s;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private TestHost host(List<String> allowNet) {
        http = HttpServices.allowing(allowNet);
        t = new TestHost(dir, c -> c.withHttp(http));
        return t;
    }

    @AfterEach
    void stop() {
        if (t != null) t.close();
        if (http != null) http.net().close();
        upstream.stop(0);
    }

    private Webhooks.Response post(String path, String body) {
        Webhooks webhooks = new Webhooks(http.routes(), Duration.ofSeconds(30), (script, message) -> errors.add(script + ": " + message));
        var match = webhooks.route("POST", path).orElseThrow(() -> new AssertionError("no route " + path));
        return webhooks.answer(match, "POST", java.net.URI.create(path), Map.of(), body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anAsyncRouteAnswersWithItsValueAndTheNewVersionTakesOverOnReload() throws Exception {
        TestHost t = host(List.of());
        assertTrue(t.load("hooks.js", """
                http.post('/ci/:project', async req => {
                  const n = (store.get('n') || 0) + 1
                  store.set('n', n)
                  return { status: 201, body: { project: req.params.project, n, status: req.json.status } }
                })
                """).loaded());
        assertTrue(t.awaitLine("loaded v1").endsWith("; routes: POST /ci/:project"));
        Webhooks.Response r = post("/ci/web", "{\"status\":\"failed\"}");
        assertEquals(201, r.status());
        assertEquals("{\"project\":\"web\",\"n\":1,\"status\":\"failed\"}", r.text());

        assertTrue(t.load("hooks.js", "http.post('/ci/:project', req => 'v2 ' + req.params.project)\n").loaded());
        assertEquals("v2 web", post("/ci/web", "{}").text());
        assertTrue(t.load("hooks.js", "http.get('/other', req => 'x')\n").loaded());
        assertEquals(List.of(new Routes.Route("GET", "/other")), http.routes().of(dir.resolve("hooks.js").toString()));
        assertEquals(List.of(), errors);
    }

    @Test
    void aRouteAnotherScriptHoldsFailsTheSecondLoadAndAFailedReloadKeepsTheOldRoutes() throws Exception {
        TestHost t = host(List.of());
        assertTrue(t.load("a.js", "http.post('/ci', req => 'a')\n").loaded());
        var refused = t.load("b.js", "http.post('/ci', req => 'b')\n");
        assertFalse(refused.loaded());
        assertTrue(refused.error().getMessage().contains("route POST /ci is already served by " + dir.resolve("a.js")), refused.error().getMessage());
        assertEquals("a", post("/ci", "").text());

        // a.js v2 throws in on.start: v1 and its route stay.
        assertFalse(t.load("a.js", "http.post('/ci', req => 'a2')\nhttp.put('/x', req => 1)\non.start(() => { throw new Error('no') })\n").loaded());
        assertEquals("a", post("/ci", "").text());
        assertEquals(List.of(new Routes.Route("POST", "/ci")), http.routes().of(dir.resolve("a.js").toString()));
        t.host.unload(dir.resolve("a.js")).get();
        assertEquals(List.of(), http.routes().of(dir.resolve("a.js").toString()));
    }

    @Test
    void aFailingRouteIsA500AndIsReportedAsTheScriptsError() throws Exception {
        TestHost t = host(List.of());
        assertTrue(t.load("bad.js", "http.post('/boom', async req => { throw new Error('secret detail') })\n"
                + "http.post('/sync', req => { throw new Error('sync detail') })\nhttp.post('/odd', req => 42)\n").loaded());
        Webhooks.Response r = post("/boom", "");
        assertEquals(500, r.status());
        assertEquals("internal error", r.text());
        assertEquals(500, post("/sync", "").status());
        assertEquals(500, post("/odd", "").status());
        assertEquals(List.of(dir.resolve("bad.js") + ": POST /boom failed: secret detail",
                dir.resolve("bad.js") + ": POST /sync failed: sync detail",
                dir.resolve("bad.js") + ": POST /odd failed: a route handler returns nothing, a string or {status, headers, body}, not a number"),
                errors);

    }

    @Test
    void fetchReachesOnlyWhatTheScriptAskedForWithinTheCeiling() throws Exception {
        String granted = "127.0.0.1:" + upstream.getAddress().getPort();
        TestHost t = host(List.of(granted));
        assertTrue(t.load("lookup.js", """
                // @allow-net %s, evil.example.com
                on.message(async msg => {
                  try {
                    const res = await fetch(msg.text)
                    await msg.reply(res.status + ' ' + (await res.json()).btc)
                  } catch (e) {
                    await msg.reply('refused: ' + e.message)
                  }
                })
                """.formatted(granted)).loaded());
        assertTrue(t.awaitLine("loaded v1").endsWith("; fetch granted: " + granted + " (refused: evil.example.com (not within --allow-net))"));
        t.host.dispatch(FakeCore.message("http://" + granted + "/price"));
        assertEquals("200 97000.5", t.core.next().text());
        t.host.dispatch(FakeCore.message("http://localhost:" + upstream.getAddress().getPort() + "/price"));
        assertTrue(t.core.next().text().startsWith("refused: fetch http://localhost:"), "a name for the same address is not granted");
        t.host.dispatch(FakeCore.message("file:///etc/passwd"));
        assertTrue(t.core.next().text().startsWith("refused: fetch file:///etc/passwd refused: only https:"));
    }
}
