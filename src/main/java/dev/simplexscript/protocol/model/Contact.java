package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A contact; localDisplayName is the locally unique name, profile.displayName is self-asserted.
 * Optional (null when absent): activeConn, chatTs, preparedContact, contactRequestId,
 * contactGroupMemberId, groupDirectInv, chatItemTTL, uiThemes, customData.
 */
@Wire
public record Contact(
        long contactId, String localDisplayName, LocalProfile profile, Connection activeConn, boolean contactUsed,
        ContactStatus contactStatus, ChatSettings chatSettings, Preferences userPreferences,
        ContactUserPreferences mergedPreferences, String createdAt, String updatedAt, String chatTs,
        PreparedContact preparedContact, Long contactRequestId, Long contactGroupMemberId, boolean contactGrpInvSent,
        GroupDirectInvitation groupDirectInv, List<Long> chatTags, Long chatItemTTL, UIThemeEntityOverrides uiThemes,
        boolean chatDeleted, ObjectNode customData, @Extra Map<String, JsonNode> extra) {}
