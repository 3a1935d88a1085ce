package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The state of a connection. Cores up to v6.4 send a string ({@code "ready"}, {@code "snd-ready"});
 * v6.5 sends a tagged object ({@code {"type":"ready"}}, {@code {"type":"sndReady"}},
 * {@code {"type":"error","connError":"..."}}), PROTOCOL.md §7.4. Both decode to the same
 * {@link #status}, and the form received is what is written back.
 *
 * @param status the TYPES.md string form: new, prepared, joined, requested, accepted, snd-ready,
 *     ready, deleted, or error (v6.5), or whatever newer value the core sent
 * @param connError the error text of the v6.5 {@code error} status, else null
 * @param wire the JSON as received (or built), written back unchanged
 */
public record ConnStatus(String status, String connError, JsonNode wire) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ConnStatus of(JsonNode wire) {
        if (wire.isString()) return new ConnStatus(wire.stringValue(), null, wire);
        String tag = wire.path("type").asString("");
        String error = wire.path("connError").isString() ? wire.path("connError").stringValue() : null;
        return new ConnStatus(kebab(tag), error, wire);
    }

    /** The v6.4 string form, e.g. {@code text("snd-ready")}. */
    public static ConnStatus text(String status) {
        return of(JsonNodeFactory.instance.stringNode(status));
    }

    /** The v6.5 object form, e.g. {@code tagged("sndReady")}. */
    public static ConnStatus tagged(String tag) {
        return of(JsonNodeFactory.instance.objectNode().put("type", tag));
    }

    @JsonValue
    @Override
    public JsonNode wire() {
        return wire;
    }

    /** True when messages can be exchanged over the connection. */
    public boolean isReady() {
        return status.equals("ready") || status.equals("snd-ready");
    }

    private static String kebab(String tag) {
        StringBuilder out = new StringBuilder(tag.length() + 2);
        for (char c : tag.toCharArray()) {
            if (Character.isUpperCase(c)) out.append('-').append(Character.toLowerCase(c));
            else out.append(c);
        }
        return out.toString();
    }
}
