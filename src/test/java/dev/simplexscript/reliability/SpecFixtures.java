package dev.simplexscript.reliability;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.testutil.Spec;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The spec's captured and composed frames, compacted, as seeds for the batteries. */
final class SpecFixtures {
    private SpecFixtures() {}

    /** Every fixture whose file name starts with {@code prefix} ("event-", "response-", "real-"). */
    static List<JsonNode> frames(String prefix) {
        return Spec.fixtures(prefix).stream().map(f -> Json.parse(Spec.read(f))).toList();
    }
}
