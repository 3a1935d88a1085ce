package dev.simplexscript.http;

import dev.simplexscript.protocol.Json;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.graalvm.polyglot.HostAccess.Export;
import tools.jackson.core.JacksonException;

/**
 * A webhook request as a route handler sees it. Header names are lower case; a header or query
 * parameter given several times reads as its values joined by {@code ", "} (headers) or as its
 * first value (query).
 */
public final class WebhookRequest {
    @Export
    public final String method;
    @Export
    public final String path;
    @Export
    public final Map<String, String> query;
    @Export
    public final Map<String, String> headers;
    @Export
    public final Map<String, String> params;
    @Export
    public final String body;
    /** The body parsed as JSON, or null when it is empty or not JSON. */
    @Export
    public final Object json;
    /** The body as received, for signature checks over the exact bytes. */
    final byte[] raw;

    public WebhookRequest(String method, String path, String rawQuery, Map<String, String> headers, Map<String, String> params, byte[] raw) {
        this.method = method;
        this.path = path;
        this.query = Map.copyOf(query(rawQuery));
        this.headers = Map.copyOf(headers);
        this.params = Map.copyOf(params);
        this.raw = raw.clone();
        this.body = new String(raw, StandardCharsets.UTF_8);
        this.json = parse(raw);
    }

    private static Object parse(byte[] raw) {
        try {
            return raw.length == 0 ? null : Json.MAPPER.readValue(raw, Object.class);
        } catch (JacksonException notJson) {
            return null;
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) return out;
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            out.putIfAbsent(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return out;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return s;
        }
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
