package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One message to send (JSON order as the libraries write it): content, optional file on the CLI
 * host, quote and @mentions (name -> groupMemberId).
 * Null when the core omits them: fileSource, quotedItemId.
 */
@Wire
public record ComposedMessage(
        CryptoFile fileSource, MsgContent msgContent, Long quotedItemId, Map<String, Long> mentions,
        @Extra Map<String, JsonNode> extra) {
    public ComposedMessage(CryptoFile fileSource, MsgContent msgContent, Long quotedItemId, Map<String,
            Long> mentions) {
        this(fileSource, msgContent, quotedItemId, mentions, Map.of());
    }
}
