package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A Profile as stored locally: with its database id and the user's alias for it.
 * Optional (null when absent): shortDescr, image, contactLink, preferences, peerType.
 */
@Wire
public record LocalProfile(
        long profileId, String displayName, String fullName, String shortDescr, String image, String contactLink,
        Preferences preferences, ChatPeerType peerType, String localAlias, @Extra Map<String, JsonNode> extra) {}
