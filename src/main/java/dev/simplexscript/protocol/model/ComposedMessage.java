package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One message to send: content, optional file on the CLI host, optional quote and @mentions (name -> groupMemberId).
 * Null when the core omits them: fileSource, quotedItemId.
 */
@Wire
public record ComposedMessage(
        CryptoFile fileSource,
        Long quotedItemId,
        MsgContent msgContent,
        Map<String, Long> mentions,
        @Extra Map<String, JsonNode> extra) {
    public ComposedMessage(CryptoFile fileSource, Long quotedItemId, MsgContent msgContent, Map<String, Long> mentions) {
        this(fileSource, quotedItemId, msgContent, mentions, Map.of());
    }
}
