package dev.simplexscript.testutil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The spec folder beside the project ({@code ../shared}), as CI lays it out. */
public final class SharedSpec {
    private SharedSpec() {}

    public static Path dir() {
        String configured = System.getProperty("simplex.shared.dir");
        Path dir = configured != null ? Path.of(configured) : Path.of("..", "shared");
        if (!Files.isDirectory(dir.resolve("spec"))) {
            throw new IllegalStateException("spec folder not found at " + dir.toAbsolutePath()
                    + " (expected ../shared beside the project)");
        }
        return dir;
    }

    public static Path spec(String name) {
        return dir().resolve("spec").resolve(name);
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
