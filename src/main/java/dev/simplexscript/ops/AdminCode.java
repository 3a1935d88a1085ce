package dev.simplexscript.ops;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The one-time code that makes a contact the bot's operator. Codes are compared by their SHA-256
 * digests with {@link MessageDigest#isEqual}, so neither the time taken nor the length of a guess
 * tells anything about the code; only the digest of a used code is ever written down.
 */
public final class AdminCode {
    /** Crockford's base32: no I, L, O, U, so a code read aloud or typed on a phone is unambiguous. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    /** A given code shorter than this is refused: it could be guessed despite the claim rate limit. */
    public static final int MIN_LENGTH = 10;

    private final String text;
    private final byte[] digest;

    private AdminCode(String text) {
        this.text = text;
        this.digest = digest(text);
    }

    /** A fresh code of 15 random base32 characters (75 bits), shown as {@code XXXXX-XXXXX-XXXXX}. */
    public static AdminCode generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 15; i++) {
            if (i > 0 && i % 5 == 0) code.append('-');
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new AdminCode(code.toString());
    }

    /** A code the user chose ({@code --admin-code}); dashes, spaces and case do not matter. */
    public static AdminCode of(String given) {
        if (normalize(given).length() < MIN_LENGTH) {
            throw new IllegalArgumentException("the admin code must have at least " + MIN_LENGTH
                    + " letters or digits (a short code can be guessed); leave it out to get a random one");
        }
        return new AdminCode(given.strip());
    }

    /** The code as shown to the user who starts the bot. */
    public String text() {
        return text;
    }

    /** True when {@code attempt} is this code, in time that does not depend on how close it came. */
    public boolean matches(String attempt) {
        return MessageDigest.isEqual(digest, digest(attempt));
    }

    /** The digest kept once the code was used, so the same code never works twice. */
    public String fingerprint() {
        return HexFormat.of().formatHex(digest);
    }

    private static String normalize(String code) {
        return code.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
    }

    private static byte[] digest(String code) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(normalize(code).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
