package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Optional (null when absent): sendRcpts. */
@Wire
public record ChatSettings(
        MsgFilter enableNtfs, Boolean sendRcpts, boolean favorite, @Extra Map<String, JsonNode> extra) {}
