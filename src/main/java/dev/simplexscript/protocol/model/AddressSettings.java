package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Address settings: autoAccept present means requests are accepted automatically; autoReply is the
 * welcome message.
 * Optional (null when absent): autoAccept, autoReply.
 */
@Wire
public record AddressSettings(
        boolean businessAddress, AutoAccept autoAccept, MsgContent autoReply, @Extra Map<String, JsonNode> extra) {
    public AddressSettings(boolean businessAddress, AutoAccept autoAccept, MsgContent autoReply) {
        this(businessAddress, autoAccept, autoReply, Map.of());
    }
}
