package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Optional (null when absent): viaContact, viaUserContactLink, groupLinkId, xContactId,
 * customUserProfileId, entityId, connectionCode, pqSndEnabled, pqRcvEnabled.
 */
@Wire
public record Connection(
        long connId, String agentConnId, int connChatVersion, VersionRange peerChatVRange, int connLevel,
        Long viaContact, Long viaUserContactLink, boolean viaGroupLink, String groupLinkId, String xContactId,
        Long customUserProfileId, ConnType connType, ConnStatus connStatus, boolean contactConnInitiated,
        String localAlias, Long entityId, SecurityCode connectionCode, boolean pqSupport, boolean pqEncryption,
        Boolean pqSndEnabled, Boolean pqRcvEnabled, int authErrCounter, int quotaErrCounter, String createdAt,
        @Extra Map<String, JsonNode> extra) {}
