package dev.simplexscript.http;

import dev.simplexscript.protocol.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;

/**
 * {@code fetch} for scripts, on the JDK's HTTP client: every URL, redirects included, is checked
 * against the script's {@link NetGrants} before a byte is sent; responses are limited in time and
 * size, and read whole, so a script's {@code text()} and {@code json()} never block.
 */
public final class Fetcher implements Net {
    /**
     * @param timeout          the whole exchange, redirects included (a script may ask for less)
     * @param maxResponseBytes bodies beyond this fail the fetch instead of filling memory
     */
    public record Limits(Duration connectTimeout, Duration timeout, long maxResponseBytes, int maxRedirects) {
        public static final Limits DEFAULTS = new Limits(Duration.ofSeconds(10), Duration.ofSeconds(30), 5L << 20, 5);
    }

    private final Limits limits;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private HttpClient client;

    public Fetcher(Limits limits) {
        this.limits = limits;
    }

    /** The client, made on the first fetch: most hosts never fetch, and a client starts a thread. */
    private synchronized HttpClient client() {
        if (client == null) {
            // Redirects are followed here, not by the client, so each hop is checked against the grants.
            client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(limits.connectTimeout())
                    .executor(executor)
                    .build();
        }
        return client;
    }

    /**
     * Fetches {@code url} for a script holding {@code grants}. Options (all optional): {@code method},
     * {@code headers} (a map), {@code body} (a string, or data sent as JSON), {@code timeout} (ms).
     * Completes with the response, or fails with a {@link NetRefusal} or an {@link java.io.IOException}
     * naming the cause; an HTTP error status is a response, not a failure, as on the web.
     */
    @Override
    public CompletableFuture<FetchResponse> fetch(NetGrants grants, String url, Map<?, ?> options) {
        try {
            FetchRequest request = FetchRequest.of(url, options, limits.timeout());
            return send(grants, request, request.uri(), 0, System.nanoTime() + request.timeout().toNanos());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Checks {@code uri} (a name lookup may block: never on the caller's thread), then sends. */
    private CompletableFuture<FetchResponse> send(NetGrants grants, FetchRequest request, URI uri, int redirects, long deadline) {
        return CompletableFuture.runAsync(() -> grants.check(uri), executor)
                .thenCompose(checked -> sendChecked(grants, request, uri, redirects, deadline));
    }

    private CompletableFuture<FetchResponse> sendChecked(NetGrants grants, FetchRequest request, URI uri, int redirects, long deadline) {
        long left = deadline - System.nanoTime();
        if (left <= 0) return CompletableFuture.failedFuture(new HttpTimeoutException("fetch " + request.uri() + " timed out"));
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofNanos(left))
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        boolean sameOrigin = sameOrigin(uri, request.uri());
        request.headers().forEach((name, value) -> {
            // Credentials stay with the origin the script named.
            if (sameOrigin || !name.equalsIgnoreCase("authorization") && !name.equalsIgnoreCase("cookie")) builder.header(name, value);
        });
        try {
            return client().sendAsync(builder.build(), info -> new Limited(limits.maxResponseBytes(), uri))
                    .thenCompose(response -> {
                        int status = response.statusCode();
                        var location = response.headers().firstValue("location");
                        if (status / 100 != 3 || status == 304 || location.isEmpty()) {
                            return CompletableFuture.completedFuture(FetchResponse.of(uri, redirects > 0, response));
                        }
                        if (redirects >= limits.maxRedirects()) {
                            throw new CompletionException(new IOException("fetch " + request.uri() + ": more than " + limits.maxRedirects() + " redirects"));
                        }
                        URI next = resolve(uri, location.get());
                        FetchRequest nextRequest = status == 307 || status == 308 || request.method().equals("GET") || request.method().equals("HEAD")
                                ? request : request.asGet();
                        return send(grants, nextRequest, next, redirects + 1, deadline);
                    });
        } catch (IllegalArgumentException e) {
            // The client refuses some headers (Host, Connection, ...) and header values itself.
            return CompletableFuture.failedFuture(new IllegalArgumentException("fetch " + request.uri() + ": " + e.getMessage()));
        }
    }

    private static URI resolve(URI base, String location) {
        try {
            return base.resolve(new URI(location));
        } catch (URISyntaxException e) {
            throw new CompletionException(new IOException("fetch " + base + ": bad redirect location " + location));
        }
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost()) && a.getPort() == b.getPort();
    }

    @Override
    public synchronized void close() {
        if (client != null) client.close();
        executor.shutdownNow();
    }

    /** Collects a body up to a limit, and fails the exchange as soon as it is passed. */
    private static final class Limited implements HttpResponse.BodySubscriber<byte[]> {
        private final long max;
        private final URI uri;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        Limited(long max, URI uri) {
            this.max = max;
            this.uri = uri;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + (long) buffer.remaining() > max) {
                    subscription.cancel();
                    result.completeExceptionally(new IOException("fetch " + uri + ": response larger than " + max + " bytes"));
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }
}
