package dev.simplexscript.protocol;

import dev.simplexscript.testutil.Spec;
import java.nio.file.Path;
import java.util.List;

/** The spec's fixture files, read by name (through {@link Spec}). */
public final class Fixtures {
    private Fixtures() {}

    public static List<Path> all(String prefix) {
        return Spec.fixtures(prefix);
    }

    public static String read(String name) {
        return Spec.read(Spec.fixture(name));
    }

    public static String read(Path file) {
        return Spec.read(file);
    }
}
