package dev.simplexscript.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.prometheus.metrics.config.EscapingScheme;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * {@code GET /healthz} and {@code GET /metrics} on the JDK's own HTTP server, one daemon thread:
 * a scrape every few seconds needs no more, and a slow client delays only other scrapes.
 */
final class OpsServer implements AutoCloseable {
    private static final PrometheusTextFormatWriter TEXT = PrometheusTextFormatWriter.create();

    private final HttpServer server;
    private final ExecutorService thread;

    /**
     * @param problems why the bot is not healthy; empty when it is
     */
    OpsServer(InetSocketAddress address, PrometheusRegistry registry, Supplier<List<String>> problems) throws IOException {
        server = HttpServer.create(address, 16);
        thread = Executors.newSingleThreadExecutor(task -> Thread.ofPlatform().daemon().name("ops-http").unstarted(task));
        server.setExecutor(thread);
        server.createContext("/healthz", exchange -> {
            if (!isGet(exchange)) return;
            List<String> wrong = problems.get();
            String body = wrong.isEmpty() ? "ok\n" : String.join("\n", wrong) + "\n";
            respond(exchange, wrong.isEmpty() ? 200 : 503, "text/plain; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
        });
        server.createContext("/metrics", exchange -> {
            if (!isGet(exchange)) return;
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            TEXT.write(out, registry.scrape(), EscapingScheme.DEFAULT);
            respond(exchange, 200, PrometheusTextFormatWriter.CONTENT_TYPE, out.toByteArray());
        });
        server.createContext("/", exchange -> respond(exchange, 404, "text/plain; charset=utf-8",
                "not found: GET /healthz or /metrics\n".getBytes(StandardCharsets.UTF_8)));
        server.start();
    }

    /** The bound address (the port is the system's choice when 0 was asked). */
    InetSocketAddress address() {
        return server.getAddress();
    }

    private static boolean isGet(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (method.equals("GET") || method.equals("HEAD")) return true;
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        respond(exchange, 405, "text/plain; charset=utf-8", "only GET\n".getBytes(StandardCharsets.UTF_8));
        return false;
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(status, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        thread.shutdownNow();
    }
}
