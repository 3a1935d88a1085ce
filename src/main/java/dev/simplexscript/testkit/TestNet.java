package dev.simplexscript.testkit;

import dev.simplexscript.http.FetchRequest;
import dev.simplexscript.http.FetchResponse;
import dev.simplexscript.http.Hmac;
import dev.simplexscript.http.Fetcher;
import dev.simplexscript.http.Net;
import dev.simplexscript.http.NetGrants;
import dev.simplexscript.http.Routes;
import dev.simplexscript.http.Webhooks;
import dev.simplexscript.protocol.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.graalvm.polyglot.HostAccess.Export;

/**
 * The outside world of one test, which test files reach as {@code sim.http}. The test posts to the bot's webhook routes as a
 * CI server would, and says what the web services the bot fetches answer; nothing goes over the
 * network. The bot's grants are checked as in production (its {@code @allow-net} lines are the
 * ceiling), so a fetch to a host it did not ask for fails here too; a granted URL the test gave
 * no answer for cannot be reached, as when a service is down.
 */
public final class TestNet implements Net {
    private final Webhooks webhooks;
    private final Map<URI, FetchResponse> answers = new ConcurrentHashMap<>();

    TestNet(Routes routes, Duration handlerTimeout, BiConsumer<String, String> errors) {
        this.webhooks = new Webhooks(routes, handlerTimeout, errors);
    }

    /** What {@code script} asks for in its {@code @allow-net} lines, all of it granted: the test stands in for the operator. */
    static NetGrants ceilingFor(Path script) {
        String source;
        try {
            source = Files.readString(script);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + script, e);
        }
        // A spec that does not parse is left out here and refused, with its reason, when the script loads.
        List<String> valid = NetGrants.requestedBy(source).stream().filter(TestNet::parses).toList();
        return NetGrants.parse(valid);
    }

    private static boolean parses(String spec) {
        try {
            NetGrants.parse(List.of(spec));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Posts to the bot's webhook at {@code path} with no body, and returns its response. */
    @Export
    public FetchResponse post(String path) {
        return request("POST", path, null);
    }

    /**
     * Posts to the bot's webhook at {@code path}. Options: {@code json} (sent as JSON) or {@code body}
     * (text), {@code headers}, and {@code secret}: the body is signed with it in
     * {@code X-Hub-Signature-256}, as {@code http.verifyHmac} expects.
     */
    @Export
    public FetchResponse post(String path, Object options) {
        return request("POST", path, options);
    }

    /** Sends a request with any method to the bot's webhook routes, options as for {@link #post(String, Object)}. */
    @Export
    public FetchResponse request(String method, String path, Object options) {
        Map<?, ?> given = options(options, "sim.http.request(method, path, options)");
        if (path == null || !path.startsWith("/")) throw new IllegalArgumentException("sim.http: the path must start with /, not '" + path + "'");
        URI uri = URI.create("http://bot.test").resolve(path);
        byte[] body = body(given, "sim.http");
        Map<String, String> headers = new LinkedHashMap<>();
        if (given.containsKey("json")) headers.put("Content-Type", "application/json");
        if (given.get("headers") instanceof Map<?, ?> h) h.forEach((k, v) -> headers.put(String.valueOf(k), String.valueOf(v)));
        if (given.get("secret") instanceof String secret) {
            headers.put("X-Hub-Signature-256", "sha256=" + HexFormat.of().formatHex(Hmac.sign(secret, body)));
        } else if (given.get("secret") != null) {
            throw new IllegalArgumentException("sim.http: secret must be text");
        }
        String verb = method.toUpperCase(Locale.ROOT);
        Webhooks.Response response = webhooks.route(verb, uri.getRawPath())
                .map(match -> webhooks.answer(match, verb, uri, headers, body))
                .orElseGet(() -> webhooks.unrouted(uri.getRawPath()));
        return new FetchResponse(response.status(), uri, false, response.headers(), response.body());
    }

    /**
     * What a web service answers the bot at {@code url} (the exact URL, query included), whatever
     * the method. Options: {@code status} (200), {@code json} or {@code body}, {@code headers}.
     */
    @Export
    public void respond(String url, Object options) {
        Map<?, ?> given = options(options, "sim.http.respond(url, options)");
        URI uri = URI.create(url);
        int status = 200;
        if (given.get("status") instanceof Number n) status = n.intValue();
        else if (given.get("status") != null) throw new IllegalArgumentException("sim.http.respond: status must be a number");
        if (status < 100 || status > 599) throw new IllegalArgumentException("sim.http.respond: status must be 100 to 599, not " + status);
        Map<String, String> headers = new LinkedHashMap<>();
        if (given.containsKey("json")) headers.put("content-type", "application/json");
        if (given.get("headers") instanceof Map<?, ?> h) h.forEach((k, v) -> headers.put(String.valueOf(k), String.valueOf(v)));
        answers.put(uri, new FetchResponse(status, uri, false, headers, body(given, "sim.http.respond")));
    }

    @Override
    public CompletableFuture<FetchResponse> fetch(NetGrants grants, String url, Map<?, ?> options) {
        try {
            FetchRequest request = FetchRequest.of(url, options, Fetcher.Limits.DEFAULTS.timeout());
            grants.checkGranted(request.uri());
            FetchResponse answer = answers.get(request.uri());
            if (answer == null) {
                return CompletableFuture.failedFuture(new ConnectException("fetch " + url + ": " + request.uri().getHost()
                        + " cannot be reached (the test gave no sim.http.respond for this URL)"));
            }
            return CompletableFuture.completedFuture(answer);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public void close() {
        answers.clear();
    }

    private static Map<?, ?> options(Object options, String usage) {
        if (options == null) return Map.of();
        if (options instanceof Map<?, ?> map) return map;
        throw new IllegalArgumentException(usage + ": options must be an object");
    }

    private static byte[] body(Map<?, ?> options, String who) {
        if (options.containsKey("json") && options.containsKey("body")) throw new IllegalArgumentException(who + ": give json or body, not both");
        if (options.containsKey("json")) return Json.MAPPER.writeValueAsBytes(plain(options.get("json")));
        Object body = options.get("body");
        if (body == null) return new byte[0];
        if (body instanceof CharSequence text) return text.toString().getBytes(StandardCharsets.UTF_8);
        throw new IllegalArgumentException(who + ": body must be text (use json for data)");
    }

    /** A test's data as plain maps and lists, whichever language's collections it came in. */
    private static Object plain(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(plain(v)));
            return out;
        }
        return value instanceof CharSequence text ? text.toString() : value;
    }
}
