package dev.simplexscript.sim.core;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.sim.core.ServiceItems.GroupEvent;
import dev.simplexscript.sim.json.Encoding;
import dev.simplexscript.sim.world.ChatKey;
import dev.simplexscript.sim.world.Connection;
import dev.simplexscript.sim.world.Contact;
import dev.simplexscript.sim.world.Group;
import dev.simplexscript.sim.world.Ids;
import dev.simplexscript.sim.world.Item;
import dev.simplexscript.sim.world.Link;
import dev.simplexscript.sim.world.Member;
import dev.simplexscript.sim.world.Peer;
import dev.simplexscript.sim.world.PendingConnection;
import dev.simplexscript.sim.world.Profile;
import dev.simplexscript.sim.world.Role;
import dev.simplexscript.sim.world.SimError;
import dev.simplexscript.sim.world.User;
import tools.jackson.databind.node.ObjectNode;

/** How groups and their members come and go, for commands and for people alike. */
public final class GroupFlow {
    private final Core core;
    private final MessageFlow messages;
    private final ServiceItems serviceItems;

    GroupFlow(Core core, MessageFlow messages, ServiceItems serviceItems) {
        this.core = core;
        this.messages = messages;
        this.serviceItems = serviceItems;
    }

    /**
     * A customer used a business address: a group named after the business with the customer in
     * it ({@code acceptingBusinessRequest}, the member events, then the welcome message).
     */
    public ChatKey businessChat(User user, Peer customer, tools.jackson.databind.node.ArrayNode welcome) {
        ObjectNode profile = Json.object().put("displayName", customer.name()).put("fullName", "");
        Group g = create(user, profile);
        Member m = newMember(g, customer, null, Role.MEMBER, "accepted");
        g.businessChat = Json.object().put("chatType", "business").put("businessId", g.membership.memberId)
                .put("customerId", m.memberId);
        serviceItems.businessChatOpened(user, g);
        ObjectNode accepting = core.resp("acceptingBusinessRequest", user);
        accepting.set("groupInfo", core.shapes.groups().groupInfo(g));
        core.emit(accepting);
        memberConnected(user, g, m);
        ChatKey chat = ChatKey.group(g.groupId);
        if (welcome != null) {
            var items = messages.send(user, chat, welcome, false, null);
            messages.announce(user, items);
            messages.deliver(user, items);
        }
        return chat;
    }

    /** A group with the user as its owner and only member. */
    public Group create(User user, ObjectNode profile) {
        long groupId = core.world.ids.next(Ids.Kind.GROUP);
        Group g = new Group(groupId, profile.path("displayName").asString(""), profile.deepCopy(), null, core.world.now());
        g.membership = new Member(core.world.ids.next(Ids.Kind.MEMBER), groupId, 0, "user", Role.OWNER, "creator",
                user.name(), user.profile, null, user.userContactId, null, core.world.now());
        user.groups.put(groupId, g);
        return g;
    }

    /** A member the user invited or who joined by link, not yet connected. */
    public Member newMember(Group g, Peer peer, Contact contact, Role role, String status) {
        String name = contact != null ? contact.localDisplayName : peer.name();
        Member m = new Member(core.world.ids.next(Ids.Kind.MEMBER), g.groupId, g.members.size() + 1L, "invitee", role, status,
                name, contact != null ? contact.profile : core.world.newProfile(peer.profile()), peer,
                contact == null ? null : contact.contactId, null, core.world.now());
        g.members.add(m);
        return m;
    }

    /**
     * The person accepted the user's invitation, was let in by the user's link, or is a business
     * customer: {@code joinedGroupMember}. Shipped cores send {@code connectedToGroupMember} only for
     * members someone else introduced ({@link #memberIntroduced}), never for the user's own invitees.
     */
    public void memberConnected(User user, Group g, Member m) {
        m.status = "connected";
        m.conn = new Connection(core.world.ids.next(Ids.Kind.CONNECTION), "member", "ready", null, m.contactId == null, false,
                m.groupMemberId, core.world.now());
        m.updatedAt = core.world.now();
        serviceItems.memberConnected(user, g, m);
        ObjectNode joined = core.resp("joinedGroupMember", user);
        joined.set("groupInfo", core.shapes.groups().groupInfo(g));
        joined.set("member", core.shapes.groups().member(m));
        core.emit(joined);
    }

    /**
     * In a group hosted by a person, the host lets another person in: the user hears of the new
     * member ({@code joinedGroupMemberConnecting}) and then connects to them
     * ({@code connectedToGroupMember}).
     */
    public Member memberIntroduced(User user, Group g, Peer hostPeer, Peer newcomer) {
        Member host = hostOf(g, hostPeer);
        if (g.memberOf(newcomer).isPresent()) throw new IllegalStateException(newcomer.name() + " is already in " + g.localDisplayName);
        Member m = new Member(core.world.ids.next(Ids.Kind.MEMBER), g.groupId, g.members.size() + 1L, "post", Role.MEMBER, "announced",
                newcomer.name(), core.world.newProfile(newcomer.profile()), newcomer, user.contactOf(newcomer).map(c -> c.contactId).orElse(null),
                null, core.world.now());
        g.members.add(m);
        serviceItems.groupEvent(user, g, host, GroupEvent.memberAdded(m));
        ObjectNode connecting = groupEvent("joinedGroupMemberConnecting", user, g);
        connecting.set("hostMember", core.shapes.groups().member(host));
        connecting.set("member", core.shapes.groups().member(m));
        core.emit(connecting);
        m.status = "connected";
        m.conn = new Connection(core.world.ids.next(Ids.Kind.CONNECTION), "member", "ready", null, false, false,
                m.groupMemberId, core.world.now());
        serviceItems.memberConnected(user, g, m);
        ObjectNode connected = groupEvent("connectedToGroupMember", user, g);
        connected.set("member", core.shapes.groups().member(m));
        if (m.contactId != null) connected.set("memberContact", core.shapes.contacts().contact(user, user.contact(m.contactId)));
        core.emit(connected);
        return m;
    }

    /** A person joins the user's group by its link, with the link's role. */
    public Member joinByPeer(User user, Group g, Peer peer) {
        if (g.memberOf(peer).isPresent()) throw new IllegalStateException(peer.name() + " is already in " + g.localDisplayName);
        boolean review = "all".equals(g.profile.path("memberAdmission").path("review").asString(""));
        Member m = newMember(g, peer, user.contactOf(peer).orElse(null), g.linkRole, review ? "pending_review" : "accepted");
        if (review) {
            m.conn = new Connection(core.world.ids.next(Ids.Kind.CONNECTION), "member", "ready", null, true, false,
                    m.groupMemberId, core.world.now());
            serviceItems.memberConnected(user, g, m);
            ObjectNode joined = core.resp("joinedGroupMember", user);
            joined.set("groupInfo", core.shapes.groups().groupInfo(g));
            joined.set("member", core.shapes.groups().member(m));
            core.emit(joined);
        } else {
            memberConnected(user, g, m);
        }
        return m;
    }

    /** A person (already a contact) invites the user into their group: {@code receivedGroupInvitation}. */
    public Group invitedByPeer(User user, Contact inviter, ObjectNode profile, Role role) {
        long groupId = core.world.ids.next(Ids.Kind.GROUP);
        Group g = new Group(groupId, profile.path("displayName").asString(""), profile.deepCopy(), inviter.peer, core.world.now());
        Member host = new Member(core.world.ids.next(Ids.Kind.MEMBER), groupId, 0, "host", Role.OWNER, "accepted",
                inviter.localDisplayName, inviter.profile, inviter.peer, inviter.contactId, null, core.world.now());
        g.membership = new Member(core.world.ids.next(Ids.Kind.MEMBER), groupId, 1, "invitee", role, "invited",
                user.name(), user.profile, null, user.userContactId, inviter.contactId, core.world.now());
        g.members.add(host);
        user.groups.put(groupId, g);
        ObjectNode event = core.resp("receivedGroupInvitation", user);
        event.set("groupInfo", core.shapes.groups().groupInfo(g));
        event.set("contact", core.shapes.contacts().contact(user, inviter));
        event.put("fromMemberRole", host.role.wire()).put("memberRole", role.wire());
        core.emit(event);
        return g;
    }

    /** The user's membership is complete in a group hosted by a person: {@code userJoinedGroup}. */
    public void userJoined(User user, Group g) {
        g.membership.status = "connected";
        Member host = g.members.stream().filter(m -> m.category.equals("host")).findFirst().orElseThrow();
        host.status = "connected";
        host.conn = new Connection(core.world.ids.next(Ids.Kind.CONNECTION), "member", "ready", null, false, false,
                host.groupMemberId, core.world.now());
        Chats.tell(g.host, ChatKey.group(g.groupId), "joined", user.name(), null);
        ObjectNode event = core.resp("userJoinedGroup", user);
        event.set("groupInfo", core.shapes.groups().groupInfo(g));
        event.set("hostMember", core.shapes.groups().member(host));
        core.emit(event);
        serviceItems.userJoined(user, g, host);
    }

    /** {@code GroupLinkPlan} for a group link (§7.9). */
    ObjectNode plan(User user, Link link) {
        if (link.peerOwner() == null) {
            Group own = user.groups.values().stream().filter(g -> g.link == link).findFirst()
                    .orElseThrow(() -> SimError.chat("invalidConnReq"));
            ObjectNode n = Json.object().put("type", "ownLink");
            n.set("groupInfo", core.shapes.groups().groupInfo(own));
            return n;
        }
        return user.groups.values().stream().filter(g -> g.host == link.peerOwner() && g.membership.current()
                        && g.localDisplayName.equals(link.label()))
                .findFirst()
                .map(g -> {
                    ObjectNode n = Json.object().put("type", "known");
                    n.set("groupInfo", core.shapes.groups().groupInfo(g));
                    return n;
                })
                .orElseGet(() -> Json.object().put("type", "ok"));
    }

    /** The user joins a person's group by link: {@code sentInvitation}, then {@code userJoinedGroup}. */
    ObjectNode joinViaLink(User user, Link link, AfterResponse after) {
        long connId = core.world.ids.next(Ids.Kind.CONNECTION);
        PendingConnection pending = new PendingConnection(connId, link, true, "joined", core.world.now());
        ObjectNode resp = core.resp("sentInvitation", user);
        resp.set("connection", core.shapes.contacts().pending(pending));
        after.then(() -> {
            ObjectNode profile = Json.object().put("displayName", link.label()).put("fullName", "");
            long groupId = core.world.ids.next(Ids.Kind.GROUP);
            Group g = new Group(groupId, link.label(), profile, link.peerOwner(), core.world.now());
            g.members.add(new Member(core.world.ids.next(Ids.Kind.MEMBER), groupId, 0, "host", Role.OWNER, "accepted",
                    link.peerOwner().name(), core.world.newProfile(link.peerOwner().profile()), link.peerOwner(), null, null,
                    core.world.now()));
            g.membership = new Member(core.world.ids.next(Ids.Kind.MEMBER), groupId, 1, "invitee", Role.MEMBER, "accepted",
                    user.name(), user.profile, null, user.userContactId, null, core.world.now());
            user.groups.put(groupId, g);
            userJoined(user, g);
        });
        return resp;
    }

    /** The person's member record in a group, which must be current. */
    private Member memberOf(Group g, Peer peer) {
        return g.memberOf(peer).orElseThrow(() -> new IllegalStateException(peer.name() + " is not in " + g.localDisplayName));
    }

    /** The host of a group the user was invited into; only it can manage the user there. */
    private Member hostOf(Group g, Peer peer) {
        Member host = memberOf(g, peer);
        if (!host.category.equals("host")) throw new IllegalStateException(peer.name() + " does not host " + g.localDisplayName);
        return host;
    }

    private ObjectNode groupEvent(String type, User user, Group g) {
        ObjectNode event = core.resp(type, user);
        event.set("groupInfo", core.shapes.groups().groupInfo(g));
        return event;
    }

    /** A person leaves a group: {@code leftMember}. */
    public void peerLeft(User user, Group g, Peer peer) {
        Member m = memberOf(g, peer);
        // The item shows the member as the core last had them; the event, as left.
        serviceItems.groupEvent(user, g, m, GroupEvent.memberLeft());
        m.status = "left";
        ObjectNode event = groupEvent("leftMember", user, g);
        event.set("member", core.shapes.groups().member(m));
        core.emit(event);
    }

    /** The host changes the user's role: {@code memberRole} with the user's membership as {@code member}. */
    public void userRoleChangedBy(User user, Group g, Peer peer, Role role) {
        Member host = hostOf(g, peer);
        Role from = g.membership.role;
        g.membership.role = role;
        serviceItems.groupEvent(user, g, host, GroupEvent.userRole(role));
        ObjectNode event = groupEvent("memberRole", user, g);
        event.set("byMember", core.shapes.groups().member(host));
        event.set("member", core.shapes.groups().member(g.membership));
        event.put("fromRole", from.wire()).put("toRole", role.wire());
        core.emit(event);
    }

    /** The host changes another member's role: {@code memberRole}. */
    public void memberRoleChangedBy(User user, Group g, Peer hostPeer, Peer memberPeer, Role role) {
        Member host = hostOf(g, hostPeer);
        Member m = memberOf(g, memberPeer);
        Role from = m.role;
        m.role = role;
        serviceItems.groupEvent(user, g, host, GroupEvent.memberRole(m, role));
        ObjectNode event = groupEvent("memberRole", user, g);
        event.set("byMember", core.shapes.groups().member(host));
        event.set("member", core.shapes.groups().member(m));
        event.put("fromRole", from.wire()).put("toRole", role.wire());
        core.emit(event);
    }

    /** The host removes another member: {@code deletedMember}. */
    public void memberRemovedBy(User user, Group g, Peer hostPeer, Peer memberPeer, boolean withMessages) {
        Member host = hostOf(g, hostPeer);
        Member m = memberOf(g, memberPeer);
        m.status = "removed";
        serviceItems.groupEvent(user, g, host, GroupEvent.memberDeleted(m));
        ObjectNode event = groupEvent("deletedMember", user, g);
        event.set("byMember", core.shapes.groups().member(host));
        event.set("deletedMember", core.shapes.groups().member(m));
        event.put("withMessages", withMessages);
        core.emit(event);
    }

    /** The host blocks or unblocks another member for everyone: {@code memberBlockedForAll}. */
    public void memberBlockedBy(User user, Group g, Peer hostPeer, Peer memberPeer, boolean blocked) {
        Member host = hostOf(g, hostPeer);
        Member m = memberOf(g, memberPeer);
        m.blockedByAdmin = blocked;
        serviceItems.groupEvent(user, g, host, GroupEvent.memberBlocked(m, blocked));
        ObjectNode event = groupEvent("memberBlockedForAll", user, g);
        event.set("byMember", core.shapes.groups().member(host));
        event.set("member", core.shapes.groups().member(m));
        event.put("blocked", blocked);
        core.emit(event);
    }

    /**
     * A moderator or the host moderates a message of the group: {@code chatItemsDeleted}
     * ({@code byUser: false}, the item kept as {@code moderated} by them: the simulator
     * never deletes fully), then, when members had reported it, {@code groupChatItemsDeleted} for
     * the reports, which are archived with it (the core's {@code archiveMessageReports}).
     */
    public void itemModeratedBy(User user, Group g, Peer moderatorPeer, long itemId) {
        Member moderator = memberOf(g, moderatorPeer);
        ChatKey chat = ChatKey.group(g.groupId);
        var item = user.item(chat, itemId);
        if (item.isService() || item.deleted != null) throw new IllegalArgumentException("item " + itemId + " is not a message that can be moderated");
        Role authorRole = item.sent ? g.membership.role : item.author.role;
        if (!moderator.role.atLeast(Role.MODERATOR) || !moderator.role.atLeast(authorRole)) {
            throw new IllegalStateException(moderatorPeer.name() + " (" + moderator.role.wire() + ") cannot moderate a message of a "
                    + authorRole.wire() + " in " + g.localDisplayName);
        }
        ObjectNode before = core.shapes.items().aChatItem(user, item);
        moderate(item, moderator);
        ObjectNode deleted = core.resp("chatItemsDeleted", user);
        deleted.set("chatItemDeletions", Json.MAPPER.createArrayNode().add(core.shapes.items().deletion(user, before, item)));
        deleted.put("byUser", false).put("timed", false);
        core.emit(deleted);
        var reportIds = Json.MAPPER.createArrayNode();
        for (var report : user.items.values()) {
            if (report.chat.equals(chat) && report.deleted == null && !report.isService() && Long.valueOf(itemId).equals(report.quotedItemId)
                    && report.msgContent.path("type").asString("").equals("report")) {
                moderate(report, moderator);
                reportIds.add(report.itemId);
            }
        }
        if (reportIds.isEmpty()) return;
        ObjectNode archived = groupEvent("groupChatItemsDeleted", user, g);
        archived.set("chatItemIDs", reportIds);
        archived.put("byUser", false);
        archived.set("member_", core.shapes.groups().member(moderator));
        core.emit(archived);
    }

    private void moderate(Item item, Member by) {
        ObjectNode moderated = Encoding.tag("moderated").put("deletedTs", Encoding.time(core.world.now()));
        moderated.set("byGroupMember", core.shapes.groups().member(by));
        item.deleted = moderated;
        item.updatedAt = core.world.now();
    }

    /**
     * A member changed their profile ({@code x.info} in each group): in every group the user
     * shares with them, the {@code memberProfileUpdated} item, then {@code groupMemberUpdated}.
     * Where the member is the user's contact the core ignores the group's copy (its
     * {@code processMemberProfileUpdate} updates only members whose contact is not ready): the
     * profile arrives with {@code contactUpdated} instead, and the member shows it without an event.
     */
    public void memberProfileUpdated(User user, Peer peer, Profile profile) {
        for (Group g : user.groups.values()) {
            var member = g.memberOf(peer);
            if (member.isEmpty() || !g.membership.current()) continue;
            Member m = member.get();
            ObjectNode from = core.shapes.groups().member(m);
            ObjectNode fromProfile = m.profile.json();
            m.updatedAt = core.world.now();
            Contact contact = m.contactId == null ? null : user.contacts.get(m.contactId);
            if (contact != null && contact.ready()) {
                m.profile = contact.profile;
                continue;
            }
            m.profile = profile;
            serviceItems.groupEvent(user, g, m, GroupEvent.memberProfileUpdated(fromProfile, profile.json()));
            ObjectNode event = groupEvent("groupMemberUpdated", user, g);
            event.set("fromMember", from);
            event.set("toMember", core.shapes.groups().member(m));
            core.emit(event);
        }
    }

    /** The host removes the user: {@code deletedMemberUser}. */
    public void userRemovedBy(User user, Group g, Peer peer) {
        Member host = hostOf(g, peer);
        g.membership.status = "removed";
        serviceItems.groupEvent(user, g, host, GroupEvent.userDeleted());
        ObjectNode event = groupEvent("deletedMemberUser", user, g);
        event.set("member", core.shapes.groups().member(host));
        event.put("withMessages", false);
        core.emit(event);
    }

    /**
     * The host updates the group profile: {@code groupUpdated} with {@code member_}, then, when more
     * than the preferences changed, the {@code groupUpdated} item (the core's {@code xGrpInfo} and
     * {@code sameGroupProfileInfo}); an unchanged profile gives nothing.
     */
    public void profileUpdatedBy(User user, Group g, Peer peer, ObjectNode profile) {
        Member host = hostOf(g, peer);
        if (g.profile.equals(profile)) return;
        ObjectNode from = core.shapes.groups().groupInfo(g);
        boolean infoChanged = !withoutPreferences(g.profile).equals(withoutPreferences(profile));
        g.profile = profile.deepCopy();
        g.updatedAt = core.world.now();
        ObjectNode event = core.resp("groupUpdated", user);
        event.set("fromGroup", from);
        event.set("toGroup", core.shapes.groups().groupInfo(g));
        event.set("member_", core.shapes.groups().member(host));
        core.emit(event);
        if (infoChanged) serviceItems.groupEvent(user, g, host, GroupEvent.groupUpdated(g.profile));
    }

    private static ObjectNode withoutPreferences(ObjectNode profile) {
        ObjectNode copy = profile.deepCopy();
        copy.remove("groupPreferences");
        return copy;
    }

    /** The host deletes the group: {@code groupDeleted}. */
    public void deletedBy(User user, Group g, Peer peer) {
        Member host = hostOf(g, peer);
        g.membership.status = "deleted";
        serviceItems.groupEvent(user, g, host, GroupEvent.groupDeleted());
        ObjectNode event = groupEvent("groupDeleted", user, g);
        event.set("member", core.shapes.groups().member(host));
        core.emit(event);
    }
}
