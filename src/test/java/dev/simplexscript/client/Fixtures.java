package dev.simplexscript.client;

import dev.simplexscript.testutil.Spec;
import tools.jackson.databind.JsonNode;

/** The spec's JSON fixtures, so tests answer with what real cores send. */
final class Fixtures {
    private Fixtures() {}

    /** The {@code resp} object of a fixture file. */
    static JsonNode resp(String file) {
        return Spec.frame(file).get("resp");
    }
}
