package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

@Wire
public record AutoAccept(boolean acceptIncognito, @Extra Map<String, JsonNode> extra) {
    public AutoAccept(boolean acceptIncognito) {
        this(acceptIncognito, Map.of());
    }
}
