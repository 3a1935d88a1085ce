package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Optional (null when absent): shortDescr, description, image, groupPreferences, memberAdmission,
 * groupLink.
 */
@Wire
public record GroupProfile(
        String displayName, String fullName, String shortDescr, String description, String image,
        GroupPreferences groupPreferences, GroupMemberAdmission memberAdmission, String groupLink,
        @Extra Map<String, JsonNode> extra) {
    public GroupProfile(String displayName, String fullName, String shortDescr, String description, String image,
            GroupPreferences groupPreferences, GroupMemberAdmission memberAdmission, String groupLink) {
        this(displayName, fullName, shortDescr, description, image, groupPreferences, memberAdmission, groupLink,
                Map.of());
    }
}
