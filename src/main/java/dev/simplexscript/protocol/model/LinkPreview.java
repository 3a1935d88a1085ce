package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Optional (null when absent): content. */
@Wire
public record LinkPreview(
        String uri, String title, String description, String image, LinkContent content,
        @Extra Map<String, JsonNode> extra) {
    public LinkPreview(String uri, String title, String description, String image, LinkContent content) {
        this(uri, title, description, image, content, Map.of());
    }
}
