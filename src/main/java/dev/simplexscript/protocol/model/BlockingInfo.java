package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Optional (null when absent): notice. */
@Wire
public record BlockingInfo(BlockingReason reason, ClientNotice notice, @Extra Map<String, JsonNode> extra) {}
