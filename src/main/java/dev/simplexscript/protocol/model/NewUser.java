package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The profile of a user to create; userChatRelay and clientService exist only in newer cores.
 * Optional (null when absent): profile, userChatRelay, clientService.
 */
@Wire
public record NewUser(
        Profile profile, boolean pastTimestamp, Boolean userChatRelay, Boolean clientService,
        @Extra Map<String, JsonNode> extra) {
    public NewUser(Profile profile, boolean pastTimestamp, Boolean userChatRelay, Boolean clientService) {
        this(profile, pastTimestamp, userChatRelay, clientService, Map.of());
    }
}
