package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One message to send: content, a file on the CLI host, a quote, and mentions (each name mentioned
 * in the text, mapped to its groupMemberId). Components are in the JSON order of the spec's
 * request fixtures.
 * Optional (null when absent): fileSource, quotedItemId.
 */
@Wire
public record ComposedMessage(
        CryptoFile fileSource, MsgContent msgContent, Long quotedItemId, Map<String, Long> mentions,
        @Extra Map<String, JsonNode> extra) {
    public ComposedMessage(CryptoFile fileSource, MsgContent msgContent, Long quotedItemId,
            Map<String, Long> mentions) {
        this(fileSource, msgContent, quotedItemId, mentions, Map.of());
    }
}
