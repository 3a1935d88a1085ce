package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Optional (null when absent): groupId. */
@Wire
public record UserContact(
        long userContactLinkId, String connReqContact, Long groupId, @Extra Map<String, JsonNode> extra) {}
