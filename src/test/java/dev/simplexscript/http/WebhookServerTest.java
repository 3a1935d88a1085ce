package dev.simplexscript.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.protocol.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebhookServerTest {
    private final Routes routes = new Routes();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final List<CompletableFuture<Object>> pending = new CopyOnWriteArrayList<>();
    private final WebhookServer server = start(new WebhookServer.Limits(1000, Duration.ofMillis(500), Duration.ofMillis(500), 2));
    private final HttpClient client = HttpClient.newHttpClient();

    private WebhookServer start(WebhookServer.Limits limits) {
        try {
            return WebhookServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), routes, limits,
                    (script, message) -> errors.add(script + ": " + message));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stop() {
        pending.forEach(f -> f.complete(null));
        client.close();
        server.close();
    }

    private HttpResponse<String> send(String method, String path, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.address().getPort() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private final Map<String, Map<Routes.Route, Routes.Handler>> byOwner = new LinkedHashMap<>();

    /** Adds a route to what {@code owner} already serves, as a script's load would. */
    private void route(String owner, String method, String path, Routes.Handler handler) {
        Map<Routes.Route, Routes.Handler> mine = byOwner.computeIfAbsent(owner, o -> new LinkedHashMap<>());
        mine.put(new Routes.Route(method, path), handler);
        routes.replace(owner, mine);
    }

    @Test
    void aHandlersValueBecomesTheResponse() throws Exception {
        route("ci.js", "POST", "/ci/:project", req -> CompletableFuture.completedFuture(
                Map.of("status", 202, "headers", Map.of("X-Seen", req.params.get("project")), "body",
                        Map.of("got", req.json, "q", req.query.get("ref"), "sig", req.headers.get("x-sig")))));
        route("ci.js", "GET", "/ping", req -> CompletableFuture.completedFuture("pong"));
        route("ci.js", "DELETE", "/gone", req -> CompletableFuture.completedFuture(null));

        HttpResponse<String> r = send("POST", "/ci/web%20app?ref=main&ref=dev", "{\"ok\":true}", Map.of("X-Sig", "abc"));
        assertEquals(202, r.statusCode());
        assertEquals("web app", r.headers().firstValue("x-seen").orElseThrow());
        assertEquals("application/json", r.headers().firstValue("content-type").orElseThrow());
        assertEquals(Map.of("got", Map.of("ok", true), "q", "main", "sig", "abc"), Json.MAPPER.readValue(r.body(), Map.class));
        assertEquals("pong", send("GET", "/ping", null, Map.of()).body());
        assertEquals(204, send("DELETE", "/gone", null, Map.of()).statusCode());
        assertEquals(404, send("GET", "/nothing", null, Map.of()).statusCode());
        HttpResponse<String> wrongMethod = send("PUT", "/ping", "x", Map.of());
        assertEquals(405, wrongMethod.statusCode());
        assertEquals("GET", wrongMethod.headers().firstValue("allow").orElseThrow());
        assertEquals(List.of(), errors);
    }

    @Test
    void aFailingHandlerGivesA500WithNothingOfTheScriptInIt() throws Exception {
        route("bot.js", "POST", "/boom", req -> CompletableFuture.failedFuture(new IllegalStateException("secret path /srv/bot.js:12")));
        route("bot.js", "POST", "/odd", req -> CompletableFuture.completedFuture(List.of(1, 2)));
        HttpResponse<String> r = send("POST", "/boom", "x", Map.of());
        assertEquals(500, r.statusCode());
        assertEquals("internal error", r.body());
        assertEquals(500, send("POST", "/odd", "x", Map.of()).statusCode());
        assertEquals(List.of("bot.js: POST /boom failed: secret path /srv/bot.js:12",
                "bot.js: POST /odd failed: a route handler returns nothing, a string or {status, headers, body}, not a list"), errors);
    }

    @Test
    void aHandlerThatNeverAnswersGetsA504AndTheServerGoesOn() throws Exception {
        CompletableFuture<Object> never = new CompletableFuture<>();
        pending.add(never);
        route("slow.js", "GET", "/never", req -> never);
        route("slow.js", "GET", "/ping", req -> CompletableFuture.completedFuture("pong"));
        assertEquals(504, send("GET", "/never", null, Map.of()).statusCode());
        assertEquals("pong", send("GET", "/ping", null, Map.of()).body());
        assertEquals(List.of("slow.js: GET /never did not answer within 500 ms"), errors);
    }

    @Test
    void oversizedBodiesAreRefusedWhetherDeclaredOrStreamed() throws Exception {
        route("bot.js", "POST", "/in", req -> CompletableFuture.completedFuture("took " + req.body.length()));
        assertEquals("took 1000", send("POST", "/in", "x".repeat(1000), Map.of()).body());
        assertEquals(413, send("POST", "/in", "x".repeat(1001), Map.of()).statusCode());
        // Chunked, with no length declared: cut off as it passes the limit.
        HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.address().getPort() + "/in"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(new byte[5000]))).build();
        assertEquals(413, client.send(chunked, HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void aSlowBodyIsCutOffAndDoesNotHoldTheServer() throws Exception {
        route("bot.js", "POST", "/in", req -> CompletableFuture.completedFuture("took " + req.body.length()));
        try (Socket slow = new Socket("127.0.0.1", server.address().getPort())) {
            OutputStream out = slow.getOutputStream();
            out.write("POST /in HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n0123456789".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = slow.getInputStream();
            slow.setSoTimeout(10_000);
            // The server closes the connection after its read deadline, without an answer.
            assertEquals(-1, in.read());
        }
        assertEquals("took 2", send("POST", "/in", "ok", Map.of()).body());
    }

    @Test
    void hmacSignaturesAreCheckedOverTheExactBody() {
        byte[] body = "{\"action\":\"completed\"}".getBytes(StandardCharsets.UTF_8);
        String signature = "sha256=" + HexFormat.of().formatHex(Hmac.sign("s3cret", body));
        WebhookRequest signed = new WebhookRequest("POST", "/ci", null, Map.of("x-hub-signature-256", signature), Map.of(), body);
        assertTrue(Hmac.verify(signed, "s3cret", "X-Hub-Signature-256"));
        assertFalse(Hmac.verify(signed, "other", "X-Hub-Signature-256"));
        assertFalse(Hmac.verify(new WebhookRequest("POST", "/ci", null, Map.of("x-hub-signature-256", "sha256=zz"), Map.of(), body),
                "s3cret", "X-Hub-Signature-256"));
        assertFalse(Hmac.verify(new WebhookRequest("POST", "/ci", null, Map.of(), Map.of(), body), "s3cret", "X-Hub-Signature-256"));
        assertThrows(IllegalArgumentException.class, () -> Hmac.verify(signed, "", "X-Hub-Signature-256"));
    }

    @Test
    void routesAreOwnedByOneScriptAtATime() {
        routes.replace("a.js", Map.of(new Routes.Route("post", "/ci/:x"), req -> null));
        Routes.Conflict conflict = assertThrows(Routes.Conflict.class,
                () -> routes.replace("b.js", Map.of(new Routes.Route("POST", "/ci/:name"), req -> null)));
        assertEquals("route POST /ci/:name is already served by a.js (POST /ci/:x)", conflict.getMessage());
        assertEquals(List.of(), routes.of("b.js"));
        routes.replace("a.js", Map.of(new Routes.Route("GET", "/status"), req -> null));
        assertEquals(List.of(new Routes.Route("GET", "/status")), routes.of("a.js"), "a new version replaces the old routes whole");
        routes.replace("b.js", Map.of(new Routes.Route("POST", "/ci/:name"), req -> null));
        routes.remove("a.js");
        assertEquals(List.of(), routes.of("a.js"));
        assertThrows(IllegalArgumentException.class, () -> new Routes.Route("GET", "/../etc"));
        assertThrows(IllegalArgumentException.class, () -> new Routes.Route("PATCH", "/x"));
        assertThrows(IllegalArgumentException.class, () -> new Routes.Route("GET", "x"));
    }
}
