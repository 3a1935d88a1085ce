package dev.simplexscript.protocol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The spec's fixture files (../shared/spec/fixtures), read by name. */
public final class Fixtures {
    public static final Path DIR = Path.of(System.getProperty("simplex.shared.dir", "../shared"), "spec", "fixtures");

    private Fixtures() {}

    public static List<Path> all(String prefix) {
        try (Stream<Path> files = Files.list(DIR)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(p -> p.toString().endsWith(".json")).sorted().toList();
            if (found.isEmpty()) throw new IllegalStateException("no " + prefix + "* fixtures in " + DIR.toAbsolutePath());
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(String name) {
        return read(DIR.resolve(name));
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
