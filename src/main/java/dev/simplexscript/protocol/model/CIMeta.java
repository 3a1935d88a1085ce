package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Item metadata; itemId is the id that update, delete and reaction commands take. hasLink is newer
 * than v6.4.
 * Optional (null when absent): sentViaProxy, itemSharedMsgId, itemForwarded, itemDeleted,
 * itemTimed, itemLive, forwardedByMember, hasLink.
 */
@Wire
public record CIMeta(
        long itemId, String itemTs, String itemText, CIStatus itemStatus, Boolean sentViaProxy, String itemSharedMsgId,
        CIForwardedFrom itemForwarded, CIDeleted itemDeleted, boolean itemEdited, CITimed itemTimed, Boolean itemLive,
        boolean userMention, boolean deletable, boolean editable, Long forwardedByMember, boolean showGroupAsSender,
        String createdAt, String updatedAt, Boolean hasLink, @Extra Map<String, JsonNode> extra) {}
