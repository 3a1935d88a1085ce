package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.UnknownSerializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The member of every union that stands for a tag this version does not know (newer cores add
 * tags; PROTOCOL.md §2.5 asks clients to tolerate them). It keeps the object exactly as received
 * and encodes back to it.
 */
@JsonSerialize(using = UnknownSerializer.class)
public interface UnknownVariant {
    /** The {@code "type"} tag as received. */
    String type();

    /** The whole object as received, tag included. */
    JsonNode raw();

    static String tagOf(JsonNode raw) {
        return raw.path("type").asString("");
    }
}
