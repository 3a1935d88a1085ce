package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Optional (null when absent): chatDir, itemId, sharedMsgId, formattedText. */
@Wire
public record CIQuote(
        CIDirection chatDir, Long itemId, String sharedMsgId, String sentAt, MsgContent content,
        List<FormattedText> formattedText, @Extra Map<String, JsonNode> extra) {}
