package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Optional (null when absent): contactId_, businessGroupId_, userContactLinkId_, xContactId,
 * welcomeSharedMsgId, requestSharedMsgId.
 */
@Wire
public record UserContactRequest(
        long contactRequestId, String agentInvitationId, Long contactId_, Long businessGroupId_,
        Long userContactLinkId_, VersionRange cReqChatVRange, String localDisplayName, long profileId, Profile profile,
        String createdAt, String updatedAt, String xContactId, boolean pqSupport, String welcomeSharedMsgId,
        String requestSharedMsgId, @Extra Map<String, JsonNode> extra) {}
