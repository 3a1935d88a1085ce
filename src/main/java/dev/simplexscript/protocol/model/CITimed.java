package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Optional (null when absent): deleteAt. */
@Wire
public record CITimed(int ttl, String deleteAt, @Extra Map<String, JsonNode> extra) {}
