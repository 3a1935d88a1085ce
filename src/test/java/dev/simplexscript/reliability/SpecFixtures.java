package dev.simplexscript.reliability;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.testutil.SharedSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/** The spec's captured and composed frames (../shared/spec/fixtures), compacted, as seeds for the batteries. */
final class SpecFixtures {
    private SpecFixtures() {}

    /** Every fixture whose file name starts with {@code prefix} ("event-", "response-", "real-"). */
    static List<JsonNode> frames(String prefix) {
        Path dir = SharedSpec.spec("fixtures");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.toString().endsWith(".json"))
                    .sorted()
                    .map(f -> Json.parse(SharedSpec.read(f)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code resp} of one fixture file. */
    static JsonNode resp(String file) {
        return Json.parse(SharedSpec.read(SharedSpec.spec("fixtures").resolve(file))).get("resp");
    }
}
