package dev.simplexscript.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * The one HTTP server of {@code --http}, answering every script's routes. It protects the host
 * before a script sees anything: bodies are limited and must arrive in time, concurrent requests
 * are capped, a handler that does not answer in time gets a 504, and a handler that throws a 500
 * with nothing of the script's internals in it (the error goes to the host's log).
 */
public final class WebhookServer implements AutoCloseable {
    /**
     * @param maxBodyBytes   a larger request body is refused with 413
     * @param readTimeout    the time a client has to send its request, body included
     * @param handlerTimeout the time a script has to answer
     * @param maxConcurrent  requests handled at once; more get 503
     */
    public record Limits(long maxBodyBytes, Duration readTimeout, Duration handlerTimeout, int maxConcurrent) {
        public static final Limits DEFAULTS = new Limits(1L << 20, Duration.ofSeconds(10), Duration.ofSeconds(30), 32);
    }

    private final HttpServer server;
    private final Webhooks webhooks;
    private final Limits limits;
    private final BiConsumer<String, String> errors;
    private final Semaphore slots;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().daemon().name("http-deadlines").unstarted(r));

    private WebhookServer(HttpServer server, Routes routes, Limits limits, BiConsumer<String, String> errors) {
        this.server = server;
        this.webhooks = new Webhooks(routes, limits.handlerTimeout(), errors);
        this.limits = limits;
        this.errors = errors;
        this.slots = new Semaphore(limits.maxConcurrent());
    }

    /**
     * Serves {@code routes} on {@code address}.
     *
     * @param errors receives (script, message) for each failed handler
     */
    public static WebhookServer start(InetSocketAddress address, Routes routes, Limits limits, BiConsumer<String, String> errors) throws IOException {
        // The JDK server's own clocks (read once per process): a client that trickles its headers is
        // cut off after the read timeout, a response must be written within the handler timeout plus
        // a margin; our own read deadline covers the body more finely.
        setIfAbsent("sun.net.httpserver.maxReqTime", Math.max(1, limits.readTimeout().toSeconds()));
        setIfAbsent("sun.net.httpserver.maxRspTime", limits.handlerTimeout().toSeconds() + 10);
        HttpServer server = HttpServer.create(address, 64);
        WebhookServer webhooks = new WebhookServer(server, routes, limits, errors);
        server.createContext("/", webhooks::handle);
        server.setExecutor(webhooks.executor);
        server.start();
        return webhooks;
    }

    private static void setIfAbsent(String property, long seconds) {
        if (System.getProperty(property) == null) System.setProperty(property, String.valueOf(seconds));
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    private void handle(HttpExchange exchange) {
        if (!slots.tryAcquire()) {
            reply(exchange, Webhooks.Response.text(503, "too many requests at once"));
            return;
        }
        try {
            answer(exchange);
        } catch (IOException clientGone) {
            // The client closed the connection or missed its deadline: nobody is left to answer.
        } catch (RuntimeException e) {
            errors.accept("http", exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath() + " failed: " + e);
            reply(exchange, Webhooks.Response.text(500, "internal error"));
        } finally {
            slots.release();
            exchange.close();
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String rawPath = exchange.getRequestURI().getRawPath();
        Optional<Routes.Match> match = webhooks.route(method, rawPath);
        if (match.isEmpty()) {
            reply(exchange, webhooks.unrouted(rawPath));
            return;
        }
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null && parseLength(declared) > limits.maxBodyBytes()) {
            reply(exchange, Webhooks.Response.text(413, "body larger than " + limits.maxBodyBytes() + " bytes"));
            return;
        }
        byte[] body = readBody(exchange);
        if (body == null) {
            reply(exchange, Webhooks.Response.text(413, "body larger than " + limits.maxBodyBytes() + " bytes"));
            return;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, String.join(", ", values)));
        reply(exchange, webhooks.answer(match.get(), method, exchange.getRequestURI(), headers, body));
    }

    /** The body, or null when it is larger than allowed; the connection is closed if it does not arrive in time. */
    private byte[] readBody(HttpExchange exchange) throws IOException {
        ScheduledFuture<?> cutOff = deadlines.schedule(exchange::close, limits.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        try (InputStream in = exchange.getRequestBody()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) != -1; ) {
                if (out.size() + n > limits.maxBodyBytes()) return null;
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } finally {
            cutOff.cancel(false);
        }
    }

    private static long parseLength(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static void reply(HttpExchange exchange, Webhooks.Response reply) {
        try {
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            if (reply.body().length == 0) {
                exchange.sendResponseHeaders(reply.status(), -1);
            } else {
                exchange.sendResponseHeaders(reply.status(), reply.body().length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply.body());
                }
            }
        } catch (IOException | RuntimeException clientGoneOrBadHeader) {
            // Nothing more can be told to a client that left, or through a header the server refused.
        }
    }

    @Override
    public void close() {
        server.stop(0);
        deadlines.shutdownNow();
        executor.shutdownNow();
    }
}
