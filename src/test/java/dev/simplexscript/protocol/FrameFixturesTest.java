package dev.simplexscript.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

class FrameFixturesTest {

    static Stream<Path> frames() {
        return Stream.of("response-", "event-", "real-").flatMap(p -> Fixtures.all(p).stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frames")
    void everyFixtureReadsAndWritesBackToAnEqualTree(Path file) {
        JsonNode original = Json.parse(Fixtures.read(file));
        Frame frame = Frame.read(Fixtures.read(file));
        assertFalse(frame.type().isEmpty(), () -> file + " has no type");
        String written = switch (frame) {
            case Frame.Response r -> r.write(false);
            case Frame.Event e -> e.write(false);
        };
        assertEquals(original, Json.parse(written), () -> differences(original, Json.parse(written)));
    }

    /** Names the paths where two trees differ, so a failure says which field was lost or changed. */
    static String differences(JsonNode a, JsonNode b) {
        List<String> out = new ArrayList<>();
        diff("", a, b, out);
        return String.join("\n", out.subList(0, Math.min(out.size(), 20)));
    }

    private static void diff(String path, JsonNode a, JsonNode b, List<String> out) {
        if (a.equals(b)) return;
        if (a.isObject() && b.isObject()) {
            a.propertyNames().forEach(k -> {
                if (!b.has(k)) out.add(path + "/" + k + " lost: " + a.get(k));
                else diff(path + "/" + k, a.get(k), b.get(k), out);
            });
            b.propertyNames().forEach(k -> {
                if (!a.has(k)) out.add(path + "/" + k + " added: " + b.get(k));
            });
        } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) diff(path + "/" + i, a.get(i), b.get(i), out);
        } else {
            out.add(path + ": " + a + " became " + b);
        }
    }
}
