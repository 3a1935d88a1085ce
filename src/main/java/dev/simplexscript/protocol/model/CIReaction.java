package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A reaction: chatDir says who reacted, chatItem is the item reacted to. */
@Wire
public record CIReaction(
        CIDirection chatDir, ChatItem chatItem, String sentAt, MsgReaction reaction, @Extra Map<String, JsonNode> extra)
         {}
