package dev.simplexscript.api.values;

import dev.simplexscript.protocol.Json;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** JSON to the plain Java values scripts read (Map, List, String, Number, Boolean, null). */
public final class Plain {
    private Plain() {}

    public static Object of(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) return null;
        return Json.MAPPER.convertValue(node, Object.class);
    }

    /** A JSON object as a Map; null when the node is absent or not an object. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(JsonNode node) {
        return node != null && node.isObject() ? (Map<String, Object>) of(node) : null;
    }

    /** A two-field JSON object, for composing shapes such as AChatItem from parts of another. */
    public static JsonNode pair(String k1, JsonNode v1, String k2, JsonNode v2) {
        ObjectNode out = Json.object();
        out.set(k1, v1);
        out.set(k2, v2);
        return out;
    }

    /** A text field, null when absent. */
    public static String text(JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }

    /** An integer field, null when absent. */
    public static Long number(JsonNode node) {
        return node != null && node.isIntegralNumber() ? node.longValue() : null;
    }
}
