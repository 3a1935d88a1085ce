package dev.simplexscript.api.values;

import dev.simplexscript.protocol.Json;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON as the plain Java values scripts read: objects and arrays as read-only views
 * ({@link JsonMap}, {@link JsonList}) over the tree, which is never copied; strings, numbers,
 * booleans and null as themselves.
 */
public final class Plain {
    private Plain() {}

    /** The value of one node: a view for objects and arrays, a Java scalar otherwise, null when absent. */
    public static Object of(JsonNode node) {
        if (node == null) return null;
        return switch (node.getNodeType()) {
            case OBJECT -> new JsonMap(node);
            case ARRAY -> new JsonList(node);
            case STRING -> node.stringValue();
            case BOOLEAN -> node.booleanValue();
            case NUMBER -> node.isInt() ? (Object) node.intValue()
                    : node.isLong() ? (Object) node.longValue()
                    : node.isBigInteger() ? node.bigIntegerValue()
                    : (Object) node.doubleValue();
            case NULL, MISSING -> null;
            case BINARY, POJO -> throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
        };
    }

    /** A JSON object as a read-only map view; null when the node is absent or not an object. */
    public static Map<String, Object> map(JsonNode node) {
        return JsonMap.of(node);
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
