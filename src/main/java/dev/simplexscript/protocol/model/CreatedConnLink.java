package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A connection link: the full form and, when the server has one, the short form.
 * Optional (null when absent): connShortLink.
 */
@Wire
public record CreatedConnLink(String connFullLink, String connShortLink, @Extra Map<String, JsonNode> extra) {
    public CreatedConnLink(String connFullLink, String connShortLink) {
        this(connFullLink, connShortLink, Map.of());
    }
}
