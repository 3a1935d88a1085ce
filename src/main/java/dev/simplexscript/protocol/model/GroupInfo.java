package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A group as the bot sees it; membership is the bot's own member record.
 * useRelays/groupSummary/groupKeys are newer than v6.4.
 * Optional (null when absent): businessChat, chatTs, userMemberProfileSentAt, preparedGroup,
 * chatItemTTL, uiThemes, customData, viaGroupLinkUri, useRelays, relayOwnStatus, groupSummary,
 * groupKeys.
 */
@Wire
public record GroupInfo(
        long groupId, String localDisplayName, GroupProfile groupProfile, String localAlias,
        BusinessChatInfo businessChat, FullGroupPreferences fullGroupPreferences, GroupMember membership,
        ChatSettings chatSettings, String createdAt, String updatedAt, String chatTs, String userMemberProfileSentAt,
        PreparedGroup preparedGroup, List<Long> chatTags, Long chatItemTTL, UIThemeEntityOverrides uiThemes,
        ObjectNode customData, int membersRequireAttention, String viaGroupLinkUri, Boolean useRelays,
        RelayStatus relayOwnStatus, GroupSummary groupSummary, GroupKeys groupKeys, @Extra Map<String, JsonNode> extra)
         {}
