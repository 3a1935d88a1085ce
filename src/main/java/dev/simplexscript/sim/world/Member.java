package dev.simplexscript.sim.world;

import java.time.Instant;

/** A member of a group, the user's own membership included ({@code GroupMember}, §7.6). */
public final class Member {
    public final long groupMemberId;
    public final long groupId;
    public final long indexInGroup;
    public final String memberId;
    /** {@code user}, {@code invitee}, {@code host}, {@code pre} or {@code post}. */
    public final String category;
    public final String localDisplayName;
    public Profile profile;
    public final Peer peer;
    /**
     * The contact this member is, when the user has one; null for members met in the group until
     * one of them invites the other to a direct chat.
     */
    public Long contactId;
    /** The contact who invited the user into this group (the user's own membership), else null. */
    public final Long invitedByContactId;
    public final Instant createdAt;
    public Role role;
    public String status;
    public boolean blockedByAdmin;
    public Connection conn;
    public Instant updatedAt;

    public Member(long groupMemberId, long groupId, long indexInGroup, String category, Role role, String status,
            String localDisplayName, Profile profile, Peer peer, Long contactId, Long invitedByContactId, Instant now) {
        this.groupMemberId = groupMemberId;
        this.groupId = groupId;
        this.indexInGroup = indexInGroup;
        this.memberId = Ids.opaque("member" + groupMemberId);
        this.category = category;
        this.role = role;
        this.status = status;
        this.localDisplayName = localDisplayName;
        this.profile = profile;
        this.peer = peer;
        this.contactId = contactId;
        this.invitedByContactId = invitedByContactId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Still in the group (invited, joining or connected), as opposed to removed or left. */
    public boolean current() {
        return switch (status) {
            case "removed", "left", "deleted", "rejected" -> false;
            default -> true;
        };
    }

    public boolean active() {
        return "connected".equals(status) || "complete".equals(status) || "creator".equals(status);
    }
}
