package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Optional (null when absent): pqEnabled. */
@Wire
public record E2EInfo(Boolean pqEnabled, @Extra Map<String, JsonNode> extra) {}
