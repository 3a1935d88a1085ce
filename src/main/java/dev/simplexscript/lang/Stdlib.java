package dev.simplexscript.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The script-side helpers in {@code stdlib/} (packaged into the jar): the one module a script may
 * {@code require}. Each language evaluates its own source inside the script's sandbox.
 */
public final class Stdlib {
    public static final String NAME = "simplex/stdlib";

    private Stdlib() {}

    /** The stdlib source for a language folder: {@code js} or {@code groovy}. */
    public static String source(String language, String extension) {
        String resource = "/simplex/stdlib/" + language + "/stdlib." + extension;
        try (InputStream in = Stdlib.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("stdlib missing from the build: " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The error for any other module name. */
    public static IllegalArgumentException notAvailable(Object name) {
        return new IllegalArgumentException("require('" + name + "'): only '" + NAME + "' can be required in a bot script");
    }
}
