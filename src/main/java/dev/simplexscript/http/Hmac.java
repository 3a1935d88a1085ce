package dev.simplexscript.http;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Shared-secret signatures of webhook bodies in the {@code X-Hub-Signature-256: sha256=<hex>}
 * style (GitHub, Gitea, and many others): HMAC-SHA256 of the exact body bytes, compared in
 * constant time.
 */
public final class Hmac {
    private Hmac() {}

    static boolean verify(WebhookRequest request, String secret, String header) {
        if (secret == null || secret.isEmpty()) throw new IllegalArgumentException("http.verifyHmac: the secret is empty");
        String given = request.headers.get(header.toLowerCase(Locale.ROOT));
        if (given == null) return false;
        String hex = given.strip();
        if (hex.regionMatches(true, 0, "sha256=", 0, 7)) hex = hex.substring(7);
        byte[] expected = sign(secret, request.raw);
        byte[] actual;
        try {
            actual = HexFormat.of().parseHex(hex.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(expected, actual);
    }

    /** HMAC-SHA256 of {@code body} with {@code secret}: what a webhook sender puts, hex-encoded, in the header. */
    public static byte[] sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
