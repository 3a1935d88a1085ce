package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Optional (null when absent): review. */
@Wire
public record GroupMemberAdmission(MemberCriteria review, @Extra Map<String, JsonNode> extra) {
    public GroupMemberAdmission(MemberCriteria review) {
        this(review, Map.of());
    }
}
