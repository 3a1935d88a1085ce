package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Optional (null when absent): message. */
@Wire
public record ContactShortLinkData(
        Profile profile, MsgContent message, boolean business, @Extra Map<String, JsonNode> extra) {}
