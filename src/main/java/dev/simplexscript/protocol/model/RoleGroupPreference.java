package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Optional (null when absent): role. */
@Wire
public record RoleGroupPreference(
        GroupFeatureEnabled enable, GroupMemberRole role, @Extra Map<String, JsonNode> extra) {
    public RoleGroupPreference(GroupFeatureEnabled enable, GroupMemberRole role) {
        this(enable, role, Map.of());
    }
}
