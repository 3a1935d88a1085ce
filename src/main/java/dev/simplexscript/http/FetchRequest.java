package dev.simplexscript.http;

import dev.simplexscript.protocol.Json;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A script's {@code fetch(url, options)}, checked once, the same way whether it goes out over the
 * network ({@link Fetcher}) or to the test kit's world.
 */
public record FetchRequest(URI uri, String method, Map<String, String> headers, byte[] body, Duration timeout) {
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    /**
     * Options (all optional): {@code method}, {@code headers} (a map), {@code body} (a string, or
     * data sent as JSON), {@code timeout} (ms, at most {@code maxTimeout}).
     *
     * @throws IllegalArgumentException naming what is wrong with the URL or an option
     */
    public static FetchRequest of(String url, Map<?, ?> options, Duration maxTimeout) {
        if (options == null) options = Map.of();
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("fetch: not a URL: " + url);
        }
        String method = String.valueOf(options.containsKey("method") ? options.get("method") : "GET").toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) throw new IllegalArgumentException("fetch: unsupported method " + method);
        Map<String, String> headers = new LinkedHashMap<>();
        if (options.get("headers") instanceof Map<?, ?> given) {
            given.forEach((k, v) -> headers.put(String.valueOf(k), String.valueOf(v)));
        } else if (options.get("headers") != null) {
            throw new IllegalArgumentException("fetch: headers must be an object of names to values");
        }
        byte[] body = null;
        Object b = options.get("body");
        if (b instanceof CharSequence text) {
            body = text.toString().getBytes(StandardCharsets.UTF_8);
        } else if (b != null) {
            body = Json.MAPPER.writeValueAsBytes(b);
            if (headers.keySet().stream().noneMatch(h -> h.equalsIgnoreCase("content-type"))) headers.put("Content-Type", "application/json");
        }
        Duration timeout = maxTimeout;
        if (options.get("timeout") instanceof Number ms) {
            if (ms.longValue() <= 0) throw new IllegalArgumentException("fetch: timeout must be positive (ms)");
            timeout = Duration.ofMillis(Math.min(ms.longValue(), maxTimeout.toMillis()));
        }
        return new FetchRequest(uri, method, Map.copyOf(headers), body, timeout);
    }

    /** The request a 301/302/303 redirect turns this one into. */
    FetchRequest asGet() {
        return new FetchRequest(uri, "GET", headers, null, timeout);
    }
}
