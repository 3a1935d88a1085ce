package dev.simplexscript.http;

import dev.simplexscript.api.session.Futures;
import dev.simplexscript.protocol.Json;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;

/**
 * Answers one webhook request with the routes' handlers, wherever the request came from: the
 * {@link WebhookServer} or the test kit. A handler's value becomes the response (nothing is 204, a
 * string 200, {@code {status, headers, body}} as given); a handler that fails gives a 500 with
 * nothing of the script's internals in it, and one that does not answer in time a 504. What went
 * wrong goes to {@code errors} as (script, message).
 */
public final class Webhooks {
    private final Routes routes;
    private final Duration handlerTimeout;
    private final BiConsumer<String, String> errors;

    public Webhooks(Routes routes, Duration handlerTimeout, BiConsumer<String, String> errors) {
        this.routes = routes;
        this.handlerTimeout = handlerTimeout;
        this.errors = errors;
    }

    /** What a client is told. */
    public record Response(int status, Map<String, String> headers, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        static Response text(int status, String text) {
            return new Response(status, Map.of("Content-Type", "text/plain; charset=utf-8"), text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The route for {@code method} and {@code rawPath}, if a script declared one. */
    public Optional<Routes.Match> route(String method, String rawPath) {
        return routes.find(method, rawPath);
    }

    /** The answer to a request no route matched: 405 with the methods that path has, else 404. */
    public Response unrouted(String rawPath) {
        List<String> allowed = routes.methodsFor(rawPath);
        if (allowed.isEmpty()) return Response.text(404, "no such route");
        Response refusal = Response.text(405, "method not allowed");
        Map<String, String> headers = new LinkedHashMap<>(refusal.headers());
        headers.put("Allow", String.join(", ", allowed));
        return new Response(405, Map.copyOf(headers), refusal.body());
    }

    /**
     * Runs the matched handler on the request and waits for its value, at most the handler timeout.
     * Header names are made lower case; path parameters are decoded.
     */
    public Response answer(Routes.Match match, String method, URI uri, Map<String, String> headers, byte[] body) {
        Map<String, String> lower = new LinkedHashMap<>();
        headers.forEach((name, value) -> lower.put(name.toLowerCase(Locale.ROOT), value));
        Map<String, String> params = new LinkedHashMap<>();
        match.params().forEach((k, v) -> params.put(k, URLDecoder.decode(v, StandardCharsets.UTF_8)));
        WebhookRequest request = new WebhookRequest(method, uri.getPath(), uri.getRawQuery(), lower, params, body);
        Routes.Entry entry = match.entry();
        try {
            return toResponse(entry.handler().handle(request).get(handlerTimeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            errors.accept(entry.owner(), entry.route() + " did not answer within " + handlerTimeout.toMillis() + " ms");
            return Response.text(504, "the handler did not answer in time");
        } catch (ExecutionException | RuntimeException e) {
            // A script error, or a value that is not a response (toResponse says which).
            Throwable cause = e instanceof ExecutionException ? Futures.unwrap(e.getCause()) : e;
            errors.accept(entry.owner(), entry.route() + " failed: " + cause.getMessage());
            return Response.text(500, "internal error");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Response.text(503, "shutting down");
        }
    }

    static Response toResponse(Object value) {
        if (value == null) return new Response(204, Map.of(), new byte[0]);
        if (value instanceof CharSequence text) return Response.text(200, text.toString());
        if (!(value instanceof Map<?, ?> response)) {
            String kind = value instanceof List<?> ? "a list" : value instanceof Number ? "a number"
                    : value instanceof Boolean ? "a boolean" : "a " + value.getClass().getSimpleName();
            throw new IllegalArgumentException("a route handler returns nothing, a string or {status, headers, body}, not " + kind);
        }
        for (Object key : response.keySet()) {
            if (!List.of("status", "headers", "body").contains(String.valueOf(key))) {
                throw new IllegalArgumentException("a route handler's response has status, headers and body, not '" + key + "'");
            }
        }
        int status = 200;
        if (response.get("status") instanceof Number n) status = n.intValue();
        else if (response.get("status") != null) throw new IllegalArgumentException("status must be a number");
        if (status < 200 || status > 599) throw new IllegalArgumentException("status must be 200 to 599, not " + status);
        Map<String, String> headers = new LinkedHashMap<>();
        if (response.get("headers") instanceof Map<?, ?> given) given.forEach((k, v) -> headers.put(String.valueOf(k), String.valueOf(v)));
        Object body = response.get("body");
        boolean typed = headers.keySet().stream().anyMatch(h -> h.equalsIgnoreCase("content-type"));
        byte[] bytes;
        if (body == null) {
            bytes = new byte[0];
        } else if (body instanceof CharSequence text) {
            bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            if (!typed) headers.put("Content-Type", "text/plain; charset=utf-8");
        } else {
            bytes = Json.MAPPER.writeValueAsBytes(body);
            if (!typed) headers.put("Content-Type", "application/json");
        }
        if (status == 204 || status == 304) bytes = new byte[0];
        return new Response(status, headers, bytes);
    }
}
