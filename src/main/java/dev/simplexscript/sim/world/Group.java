package dev.simplexscript.sim.world;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/** A group of one user: profile, the user's membership, the other members and the group link. */
public final class Group {
    public final long groupId;
    public final String localDisplayName;
    public final Instant createdAt;
    /** The person who hosts the group when the bot was invited into someone else's group. */
    public final Peer host;
    public ObjectNode profile;
    public Member membership;
    public final List<Member> members = new ArrayList<>();
    public Link link;
    public Role linkRole;
    /** {@code {"chatType":...,"businessId":...,"customerId":...}} for business chats, else null. */
    public ObjectNode businessChat;
    public Instant updatedAt;
    public Instant chatTs;

    public Group(long groupId, String localDisplayName, ObjectNode profile, Peer host, Instant now) {
        this.groupId = groupId;
        this.localDisplayName = localDisplayName;
        this.profile = profile;
        this.host = host;
        this.createdAt = now;
        this.updatedAt = now;
        this.chatTs = now;
    }

    public Optional<Member> member(long groupMemberId) {
        return members.stream().filter(m -> m.groupMemberId == groupMemberId).findFirst();
    }

    public Optional<Member> memberOf(Peer peer) {
        return members.stream().filter(m -> m.peer == peer && m.current()).findFirst();
    }

    public List<Member> currentMembers() {
        return members.stream().filter(Member::current).toList();
    }

    public long linkId() {
        return link == null ? 0 : link.targetId();
    }
}
