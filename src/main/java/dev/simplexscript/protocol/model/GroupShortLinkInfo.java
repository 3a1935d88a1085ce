package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Optional (null when absent): sharedGroupId. */
@Wire
public record GroupShortLinkInfo(
        boolean direct, List<String> groupRelays, String sharedGroupId, @Extra Map<String, JsonNode> extra) {}
