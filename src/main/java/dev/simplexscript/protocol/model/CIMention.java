package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Optional (null when absent): memberRef. */
@Wire
public record CIMention(String memberId, CIMentionMember memberRef, @Extra Map<String, JsonNode> extra) {}
