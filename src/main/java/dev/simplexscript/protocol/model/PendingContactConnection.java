package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Optional (null when absent): viaUserContactLink, groupLinkId, customUserProfileId, connLinkInv. */
@Wire
public record PendingContactConnection(
        long pccConnId, String pccAgentConnId, ConnStatus pccConnStatus, boolean viaContactUri, Long viaUserContactLink,
        String groupLinkId, Long customUserProfileId, CreatedConnLink connLinkInv, String localAlias, String createdAt,
        String updatedAt, @Extra Map<String, JsonNode> extra) {}
