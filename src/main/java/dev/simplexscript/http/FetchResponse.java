package dev.simplexscript.http;

import dev.simplexscript.protocol.Json;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.graalvm.polyglot.HostAccess.Export;
import tools.jackson.core.JacksonException;

/**
 * What {@code fetch} answers, shaped like the web's Response: {@code status}, {@code ok},
 * {@code headers} (lower-case names), {@code text()}, {@code json()}. The body is already read,
 * so {@code text()} and {@code json()} answer at once (in JavaScript {@code await} works on them too).
 */
public final class FetchResponse {
    @Export
    public final int status;
    @Export
    public final boolean ok;
    @Export
    public final String url;
    @Export
    public final boolean redirected;
    @Export
    public final Map<String, String> headers;
    private final byte[] body;

    /** A response as received; header names are made lower case. */
    public FetchResponse(int status, URI url, boolean redirected, Map<String, String> headers, byte[] body) {
        this.status = status;
        this.ok = status >= 200 && status < 300;
        this.url = url.toString();
        this.redirected = redirected;
        Map<String, String> h = new LinkedHashMap<>();
        headers.forEach((name, value) -> h.put(name.toLowerCase(Locale.ROOT), value));
        this.headers = Map.copyOf(h);
        this.body = body.clone();
    }

    static FetchResponse of(URI url, boolean redirected, HttpResponse<byte[]> response) {
        Map<String, String> headers = new LinkedHashMap<>();
        response.headers().map().forEach((name, values) -> headers.put(name, String.join(", ", values)));
        return new FetchResponse(response.statusCode(), url, redirected, headers, response.body());
    }

    /** The body as text (UTF-8). */
    @Export
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body parsed as JSON: objects, arrays, strings, numbers, booleans and null. */
    @Export
    public Object json() {
        try {
            return Json.MAPPER.readValue(body, Object.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the response from " + url + " is not JSON: " + e.getOriginalMessage());
        }
    }

    @Override
    public String toString() {
        return "Response(" + status + " " + url + ")";
    }
}
