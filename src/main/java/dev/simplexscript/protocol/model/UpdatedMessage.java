package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

@Wire
public record UpdatedMessage(MsgContent msgContent, Map<String, Long> mentions, @Extra Map<String, JsonNode> extra) {
    public UpdatedMessage(MsgContent msgContent, Map<String, Long> mentions) {
        this(msgContent, mentions, Map.of());
    }
}
