package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Optional (null when absent): ttl. */
@Wire
public record TimedMessagesPreference(FeatureAllowed allow, Integer ttl, @Extra Map<String, JsonNode> extra) {
    public TimedMessagesPreference(FeatureAllowed allow, Integer ttl) {
        this(allow, ttl, Map.of());
    }
}
