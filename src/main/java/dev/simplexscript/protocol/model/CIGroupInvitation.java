package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

@Wire
public record CIGroupInvitation(
        long groupId, long groupMemberId, String localDisplayName, GroupProfile groupProfile,
        CIGroupInvitationStatus status, @Extra Map<String, JsonNode> extra) {}
