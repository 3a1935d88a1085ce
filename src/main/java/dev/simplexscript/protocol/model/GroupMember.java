package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A member of a group; groupMemberId is the local id used in commands, memberId the group-wide
 * base64 id.
 * Optional (null when absent): indexInGroup, invitedByGroupMemberId, memberContactId, activeConn,
 * supportChat, memberPubKey.
 */
@Wire
public record GroupMember(
        long groupMemberId, long groupId, Long indexInGroup, String memberId, GroupMemberRole memberRole,
        GroupMemberCategory memberCategory, GroupMemberStatus memberStatus, GroupMemberSettings memberSettings,
        boolean blockedByAdmin, InvitedBy invitedBy, Long invitedByGroupMemberId, String localDisplayName,
        LocalProfile memberProfile, Long memberContactId, long memberContactProfileId, Connection activeConn,
        VersionRange memberChatVRange, String createdAt, String updatedAt, GroupSupportChat supportChat,
        String memberPubKey, @Extra Map<String, JsonNode> extra) {}
