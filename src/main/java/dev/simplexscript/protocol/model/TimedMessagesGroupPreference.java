package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Optional (null when absent): ttl. */
@Wire
public record TimedMessagesGroupPreference(
        GroupFeatureEnabled enable, Integer ttl, @Extra Map<String, JsonNode> extra) {
    public TimedMessagesGroupPreference(GroupFeatureEnabled enable, Integer ttl) {
        this(enable, ttl, Map.of());
    }
}
