package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Optional (null when absent): shortDescr, image, contactLink, preferences, peerType. */
@Wire
public record Profile(
        String displayName, String fullName, String shortDescr, String image, String contactLink,
        Preferences preferences, ChatPeerType peerType, @Extra Map<String, JsonNode> extra) {
    public Profile(String displayName, String fullName, String shortDescr, String image, String contactLink,
            Preferences preferences, ChatPeerType peerType) {
        this(displayName, fullName, shortDescr, image, contactLink, preferences, peerType, Map.of());
    }
}
