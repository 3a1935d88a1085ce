package dev.simplexscript.sim.world;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;

/**
 * Id sequences, one per entity kind as the core's tables have, and deterministic opaque ids
 * (base64 strings for agent ids and shared message ids) so runs are reproducible.
 */
public final class Ids {
    /** The entity kinds that have their own id sequence. */
    public enum Kind { USER, PROFILE, CONTACT, CONNECTION, CONTACT_REQUEST, ADDRESS, GROUP, MEMBER, ITEM, FILE, FILE_DESCR }

    private final Map<Kind, Long> last = new EnumMap<>(Kind.class);

    public long next(Kind kind) {
        return last.merge(kind, 1L, Long::sum);
    }

    /** A base64 string derived from a label, standing in for random agent/message ids. */
    public static String opaque(String label) {
        return Base64.getEncoder().encodeToString(digest(label, 12));
    }

    /** A url-safe base64 key, as in link fragments. */
    public static String linkKey(String label) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest(label, 32));
    }

    private static byte[] digest(String label, int bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(label.getBytes(StandardCharsets.UTF_8));
            return java.util.Arrays.copyOf(hash, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
