package dev.simplexscript.testutil;

import dev.simplexscript.protocol.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * The spec the tests check against (COMMANDS.md, PROTOCOL.md and the JSON fixtures), carried by
 * the project under {@code src/test/resources/spec} so that a clone with nothing beside it passes
 * its tests. The only way tests reach the spec.
 */
public final class Spec {
    private static final Path DIR = locate();

    private Spec() {}

    private static Path locate() {
        URL url = Spec.class.getResource("/spec/COMMANDS.md");
        if (url == null) throw new IllegalStateException("spec/COMMANDS.md is not on the test class path (src/test/resources/spec)");
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file of the spec, e.g. {@code COMMANDS.md}. */
    public static Path file(String name) {
        return DIR.resolve(name);
    }

    /** A fixture file, e.g. {@code event-contactConnected.json}. */
    public static Path fixture(String name) {
        return DIR.resolve("fixtures").resolve(name);
    }

    /** Every JSON fixture whose name starts with {@code prefix} ("event-", "response-", "real-"), sorted. */
    public static List<Path> fixtures(String prefix) {
        try (Stream<Path> files = Files.list(DIR.resolve("fixtures"))) {
            List<Path> found = files.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(p -> p.toString().endsWith(".json")).sorted().toList();
            if (found.isEmpty()) throw new IllegalStateException("no " + prefix + "* fixtures in " + DIR);
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture's whole frame, parsed. */
    public static JsonNode frame(String fixture) {
        return Json.parse(read(fixture(fixture)));
    }

    /** The {@code resp} object of a fixture (the whole file when it has none). */
    public static JsonNode resp(String fixture) {
        JsonNode frame = frame(fixture);
        return frame.has("resp") ? frame.get("resp") : frame;
    }
}
