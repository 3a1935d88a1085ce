package dev.simplexscript.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.simplexscript.api.session.Futures;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FetcherTest {
    private final HttpServer granted = server();
    private final HttpServer other = server();
    private final Fetcher fetcher = new Fetcher(new Fetcher.Limits(Duration.ofSeconds(5), Duration.ofSeconds(5), 1000, 3));
    private final LinkedBlockingQueue<String> seen = new LinkedBlockingQueue<>();
    private final CountDownLatch release = new CountDownLatch(1);

    private static HttpServer server() {
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            s.start();
            return s;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stop() {
        release.countDown();
        fetcher.close();
        granted.stop(0);
        other.stop(0);
    }

    private String base(HttpServer s) {
        return "http://127.0.0.1:" + s.getAddress().getPort();
    }

    /** Grants the first server literally (loopback, plain http), and the second too when asked. */
    private NetGrants grants(boolean both) {
        String a = "127.0.0.1:" + granted.getAddress().getPort();
        String b = "127.0.0.1:" + other.getAddress().getPort();
        return NetGrants.parse(both ? List.of(a, b) : List.of(a));
    }

    private void route(HttpServer s, String path, int status, Map<String, String> headers, String body) {
        s.createContext(path, ex -> {
            seen.add(ex.getRequestMethod() + " " + ex.getRequestURI() + " auth=" + ex.getRequestHeaders().getFirst("Authorization")
                    + " body=" + new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) ex.getResponseBody().write(bytes);
            ex.close();
        });
    }

    private Throwable failure(String url, Map<?, ?> options, NetGrants grants) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> fetcher.fetch(grants, url, options).get(10, TimeUnit.SECONDS));
        return Futures.unwrap(e.getCause());
    }

    @Test
    void fetchesTextAndJsonAndSendsWhatTheScriptGave() throws Exception {
        route(granted, "/price", 200, Map.of("Content-Type", "application/json"), "{\"btc\":97000.5,\"tags\":[\"a\"]}");
        FetchResponse r = fetcher.fetch(grants(false), base(granted) + "/price?x=1",
                Map.of("method", "post", "headers", Map.of("X-Token", "t"), "body", Map.of("q", "btc"))).get(10, TimeUnit.SECONDS);
        assertEquals(200, r.status);
        assertTrue(r.ok);
        assertFalse(r.redirected);
        assertEquals("application/json", r.headers.get("content-type"));
        assertEquals(Map.of("btc", 97000.5, "tags", List.of("a")), r.json());
        assertEquals("POST /price?x=1 auth=null body={\"q\":\"btc\"}", seen.take());
        route(granted, "/missing", 404, Map.of(), "nope");
        FetchResponse missing = fetcher.fetch(grants(false), base(granted) + "/missing", null).get(10, TimeUnit.SECONDS);
        assertEquals(404, missing.status);
        assertFalse(missing.ok);
        assertEquals("nope", missing.text());
        assertTrue(assertThrows(IllegalArgumentException.class, missing::json).getMessage().startsWith("the response from "));
    }

    @Test
    void redirectsAreCheckedHopByHop() throws Exception {
        route(other, "/landing", 200, Map.of(), "landed");
        route(granted, "/away", 302, Map.of("Location", base(other) + "/landing"), "");
        Throwable refused = failure(base(granted) + "/away", Map.of(), grants(false));
        assertInstanceOf(NetRefusal.class, refused);
        assertTrue(refused.getMessage().contains("127.0.0.1:" + other.getAddress().getPort() + " is not granted"), refused.getMessage());
        assertTrue(seen.take().startsWith("GET /away"));
        assertNull(seen.poll(), "the ungranted host was never contacted");

        route(granted, "/to-name", 301, Map.of("Location", "http://localhost:" + granted.getAddress().getPort() + "/price"), "");
        assertInstanceOf(NetRefusal.class, failure(base(granted) + "/to-name", Map.of(), grants(false)));
        seen.clear();

        // Granted both ways: followed; a 303 turns a POST into a GET; credentials stay with their origin.
        route(granted, "/see-other", 303, Map.of("Location", base(other) + "/landing"), "");
        FetchResponse r = fetcher.fetch(grants(true), base(granted) + "/see-other",
                Map.of("method", "POST", "body", "x", "headers", Map.of("Authorization", "Bearer secret"))).get(10, TimeUnit.SECONDS);
        assertEquals("landed", r.text());
        assertTrue(r.redirected);
        assertEquals(base(other) + "/landing", r.url);
        assertEquals("POST /see-other auth=Bearer secret body=x", seen.take());
        assertEquals("GET /landing auth=null body=", seen.take());
    }

    @Test
    void loopsSizesAndTimeAreBounded() throws Exception {
        route(granted, "/loop", 302, Map.of("Location", "/loop"), "");
        assertEquals("fetch " + base(granted) + "/loop: more than 3 redirects", failure(base(granted) + "/loop", Map.of(), grants(false)).getMessage());
        route(granted, "/big", 200, Map.of(), "x".repeat(1001));
        assertTrue(failure(base(granted) + "/big", Map.of(), grants(false)).getMessage().endsWith("response larger than 1000 bytes"));
        granted.createContext("/stuck", ex -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.close();
        });
        assertInstanceOf(HttpTimeoutException.class, failure(base(granted) + "/stuck", Map.of("timeout", 200), grants(false)));
    }

    @Test
    void badOptionsAreNamed() {
        assertEquals("fetch: unsupported method TRACE", failure(base(granted), Map.of("method", "trace"), grants(false)).getMessage());
        assertEquals("fetch: not a URL: ht tp://x", failure("ht tp://x", Map.of(), grants(false)).getMessage());
        assertTrue(failure(base(granted), Map.of("headers", Map.of("Host", "evil.com")), grants(false)).getMessage().contains("restricted header name"));
    }
}
