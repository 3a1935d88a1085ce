package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Optional (null when absent): fromGroupId_, fromGroupMemberId_, fromGroupMemberConnId_. */
@Wire
public record GroupDirectInvitation(
        String groupDirectInvLink, Long fromGroupId_, Long fromGroupMemberId_, Long fromGroupMemberConnId_,
        boolean groupDirectInvStartedConnection, @Extra Map<String, JsonNode> extra) {}
