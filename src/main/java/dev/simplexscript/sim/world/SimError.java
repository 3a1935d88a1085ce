package dev.simplexscript.sim.world;

import dev.simplexscript.protocol.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@code ChatError} the simulated core answers with (PROTOCOL.md §7.10). Built through the
 * factory methods so every error shape is written once.
 */
public final class SimError extends RuntimeException {
    private final transient ObjectNode chatError;

    private SimError(ObjectNode chatError) {
        super(summary(chatError));
        this.chatError = chatError;
    }

    /** {@code errorStore/contactNotFound {"contactId":9}}: the tags first, as people match on them. */
    private static String summary(ObjectNode chatError) {
        String outer = chatError.path("type").asString("");
        ObjectNode inner = (ObjectNode) (chatError.has("errorType") ? chatError.get("errorType") : chatError.get("storeError"));
        ObjectNode fields = inner.deepCopy();
        fields.remove("type");
        return outer + "/" + inner.path("type").asString("") + (fields.isEmpty() ? "" : " " + fields);
    }

    public ObjectNode chatError() {
        return chatError;
    }

    /** {@code {"type":"error","errorType":{"type":tag,...}}}; fill the returned inner object. */
    public static SimError chat(String tag, ObjectNode fields) {
        ObjectNode inner = tagged(tag, fields);
        ObjectNode outer = Json.object().put("type", "error");
        outer.set("errorType", inner);
        return new SimError(outer);
    }

    public static SimError chat(String tag) {
        return chat(tag, null);
    }

    /** {@code {"type":"errorStore","storeError":{"type":tag,...}}}. */
    public static SimError store(String tag, ObjectNode fields) {
        ObjectNode outer = Json.object().put("type", "errorStore");
        outer.set("storeError", tagged(tag, fields));
        return new SimError(outer);
    }

    public static SimError store(String tag) {
        return store(tag, null);
    }

    public static SimError store(String tag, String idName, long id) {
        return store(tag, Json.object().put(idName, id));
    }

    public static SimError commandError(String message) {
        return chat("commandError", Json.object().put("message", message));
    }

    private static ObjectNode tagged(String tag, ObjectNode fields) {
        ObjectNode node = Json.object().put("type", tag);
        if (fields != null) node.setAll(fields);
        return node;
    }
}
