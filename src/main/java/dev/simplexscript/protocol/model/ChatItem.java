package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Optional (null when absent): formattedText, quotedItem, file. */
@Wire
public record ChatItem(
        CIDirection chatDir, CIMeta meta, CIContent content, Map<String, CIMention> mentions,
        List<FormattedText> formattedText, CIQuote quotedItem, List<CIReactionCount> reactions, CIFile file,
        @Extra Map<String, JsonNode> extra) {}
