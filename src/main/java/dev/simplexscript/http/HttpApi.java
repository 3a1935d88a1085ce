package dev.simplexscript.http;

import org.graalvm.polyglot.HostAccess.Export;

/**
 * The global {@code http}, beside the route functions ({@code http.get/post/put/delete(path, fn)})
 * that each language adapter adds from the script's registrar.
 */
public final class HttpApi {
    /** The header GitHub, Gitea and many others sign their webhook bodies in. */
    public static final String SIGNATURE_HEADER = "X-Hub-Signature-256";

    /** True when the request's body carries the HMAC-SHA256 of {@code secret} in {@value #SIGNATURE_HEADER}. */
    @Export
    public boolean verifyHmac(Object request, Object secret) {
        return verifyHmac(request, secret, SIGNATURE_HEADER);
    }

    /** The same, with the signature in {@code header} ({@code sha256=<hex>} or bare hex). */
    @Export
    public boolean verifyHmac(Object request, Object secret, Object header) {
        if (!(request instanceof WebhookRequest req)) {
            throw new IllegalArgumentException("http.verifyHmac(req, secret): req must be the request a route handler received");
        }
        if (!(secret instanceof String key)) throw new IllegalArgumentException("http.verifyHmac(req, secret): secret must be text");
        if (!(header instanceof String name)) throw new IllegalArgumentException("http.verifyHmac(req, secret, header): header must be text");
        return Hmac.verify(req, key, name);
    }
}
