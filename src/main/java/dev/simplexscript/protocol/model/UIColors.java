package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Optional (null when absent): accent, accentVariant, secondary, secondaryVariant, background,
 * menus, title, accentVariant2, sentMessage, sentReply, receivedMessage, receivedReply.
 */
@Wire
public record UIColors(
        String accent, String accentVariant, String secondary, String secondaryVariant, String background, String menus,
        String title, String accentVariant2, String sentMessage, String sentReply, String receivedMessage,
        String receivedReply, @Extra Map<String, JsonNode> extra) {}
