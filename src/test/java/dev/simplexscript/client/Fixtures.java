package dev.simplexscript.client;

import dev.simplexscript.protocol.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;

/** The spec's JSON fixtures (../shared/spec/fixtures), so tests answer with what real cores send. */
final class Fixtures {
    private Fixtures() {}

    /** The {@code resp} object of a fixture file. */
    static JsonNode resp(String file) {
        Path dir = Path.of(System.getProperty("simplex.shared.dir", "../shared"), "spec", "fixtures");
        try {
            return Json.parse(Files.readString(dir.resolve(file))).get("resp");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
