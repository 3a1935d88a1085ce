package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Optional (null when absent): localAlias. */
@Wire
public record CIMentionMember(
        long groupMemberId, String displayName, String localAlias, GroupMemberRole memberRole,
        @Extra Map<String, JsonNode> extra) {}
