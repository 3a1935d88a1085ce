package dev.simplexscript.sim.core;

import dev.simplexscript.protocol.command.APIAcceptMember;
import dev.simplexscript.protocol.command.APIAddMember;
import dev.simplexscript.protocol.command.APIBlockMembersForAll;
import dev.simplexscript.protocol.command.APIJoinGroup;
import dev.simplexscript.protocol.command.APILeaveGroup;
import dev.simplexscript.protocol.command.APIListGroups;
import dev.simplexscript.protocol.command.APIListMembers;
import dev.simplexscript.protocol.command.APIMembersRole;
import dev.simplexscript.protocol.command.APINewGroup;
import dev.simplexscript.protocol.command.APIRemoveMembers;
import dev.simplexscript.protocol.command.APIUpdateGroupProfile;
import dev.simplexscript.protocol.Json;
import dev.simplexscript.sim.world.ChatKey;
import dev.simplexscript.sim.world.Contact;
import dev.simplexscript.sim.world.Group;
import dev.simplexscript.sim.world.Member;
import dev.simplexscript.sim.world.Role;
import dev.simplexscript.sim.world.SimError;
import dev.simplexscript.sim.world.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Group commands (§4.1 13–22, 34) and group deletion. */
final class GroupCommands {
    private final Core core;
    private final GroupFlow flow;
    private final AfterResponse after;

    GroupCommands(Core core, GroupFlow flow, AfterResponse after) {
        this.core = core;
        this.flow = flow;
        this.after = after;
    }


    private Group group(long groupId) {
        return core.active().group(groupId);
    }

    private ObjectNode withGroup(String type, User user, Group g) {
        ObjectNode resp = core.resp(type, user);
        resp.set("groupInfo", core.shapes.groups().groupInfo(g));
        return resp;
    }

    ObjectNode newGroup(APINewGroup c) {
        User user = core.user(c.userId());
        ObjectNode profile = (ObjectNode) c.groupProfile();
        UserCommands.checkDisplayName(profile.path("displayName").asString(""));
        return withGroup("groupCreated", user, flow.create(user, profile));
    }

    ObjectNode addMember(APIAddMember c) {
        User user = core.active();
        Group g = group(c.groupId());
        Contact contact = user.contact(c.contactId());
        Role role = Role.of(c.memberRole().wire());
        Chats.requireRole(core, g, Role.ADMIN);
        Chats.requireRole(core, g, role);
        if (g.memberOf(contact.peer).isPresent()) {
            throw SimError.chat("groupDuplicateMember", Json.object().put("contactName", contact.localDisplayName));
        }
        if (!contact.ready()) {
            ObjectNode fields = Json.object();
            fields.set("contact", core.shapes.contacts().contact(user, contact));
            throw SimError.chat("contactNotReady", fields);
        }
        Member m = flow.newMember(g, contact.peer, contact, role, "invited");
        ObjectNode resp = withGroup("sentGroupInvitation", user, g);
        resp.set("contact", core.shapes.contacts().contact(user, contact));
        resp.set("member", core.shapes.groups().member(m));
        after.then(() -> Chats.tell(contact.peer, ChatKey.group(g.groupId), "groupInvitation", g.localDisplayName,
                Json.object().put("groupId", g.groupId).put("memberRole", role.wire())));
        return resp;
    }

    ObjectNode join(APIJoinGroup c) {
        User user = core.active();
        Group g = group(c.groupId());
        if (!g.membership.status.equals("invited")) throw SimError.store("groupAlreadyJoined");
        g.membership.status = "accepted";
        ObjectNode resp = withGroup("userAcceptedGroupSent", user, g);
        g.members.stream().filter(m -> m.category.equals("host") && m.contactId != null).findFirst()
                .ifPresent(host -> resp.set("hostContact", core.shapes.contacts().contact(user, user.contact(host.contactId))));
        after.then(() -> flow.userJoined(user, g));
        return resp;
    }

    private Member member(Group g, long groupMemberId) {
        return g.member(groupMemberId).filter(Member::current)
                .orElseThrow(() -> SimError.store("groupMemberNotFound", "groupMemberId", groupMemberId));
    }

    private List<Member> members(Group g, List<Long> ids) {
        List<Member> out = new ArrayList<>();
        for (long id : ids) out.add(member(g, id));
        return out;
    }

    private ArrayNode json(List<Member> members) {
        ArrayNode list = Json.MAPPER.createArrayNode();
        members.forEach(m -> list.add(core.shapes.groups().member(m)));
        return list;
    }

    ObjectNode acceptMember(APIAcceptMember c) {
        User user = core.active();
        Group g = group(c.groupId());
        Member m = member(g, c.groupMemberId());
        Role role = Role.of(c.memberRole().wire());
        Chats.requireRole(core, g, Role.ADMIN);
        if (!m.status.startsWith("pending")) throw SimError.chat("groupMemberNotActive");
        m.role = role;
        ObjectNode resp = withGroup("memberAccepted", user, g);
        after.then(() -> flow.memberConnected(user, g, m));
        resp.set("member", core.shapes.groups().member(m));
        return resp;
    }

    ObjectNode membersRole(APIMembersRole c) {
        User user = core.active();
        Group g = group(c.groupId());
        List<Member> members = members(g, c.groupMemberIds());
        Role role = Role.of(c.memberRole().wire());
        Chats.requireRole(core, g, Role.ADMIN);
        Chats.requireRole(core, g, role);
        for (Member m : members) Chats.requireRole(core, g, m.role);
        members.forEach(m -> {
            m.role = role;
            m.updatedAt = core.world.now();
        });
        ObjectNode resp = withGroup("membersRoleUser", user, g);
        resp.set("members", json(members));
        resp.put("toRole", role.wire());
        after.then(() -> members.forEach(m -> Chats.tell(user, ChatKey.group(g.groupId), "memberRole", 0, m.localDisplayName,
                Json.object().put("groupMemberId", m.groupMemberId).put("role", role.wire()))));
        return resp;
    }

    ObjectNode block(APIBlockMembersForAll c) {
        User user = core.active();
        Group g = group(c.groupId());
        List<Member> members = members(g, c.groupMemberIds());
        Chats.requireRole(core, g, Role.MODERATOR);
        boolean blocked = c.blocked();
        members.forEach(m -> m.blockedByAdmin = blocked);
        ObjectNode resp = withGroup("membersBlockedForAllUser", user, g);
        resp.set("members", json(members));
        resp.put("blocked", blocked);
        after.then(() -> members.forEach(m -> Chats.tell(user, ChatKey.group(g.groupId), "memberBlocked", 0, m.localDisplayName,
                Json.object().put("groupMemberId", m.groupMemberId).put("blocked", blocked))));
        return resp;
    }

    ObjectNode remove(APIRemoveMembers c) {
        User user = core.active();
        Group g = group(c.groupId());
        List<Member> members = members(g, c.groupMemberIds());
        Chats.requireRole(core, g, Role.ADMIN);
        for (Member m : members) Chats.requireRole(core, g, m.role);
        boolean withMessages = c.withMessages();
        ChatKey chat = ChatKey.group(g.groupId);
        // Everyone still in the group hears of the removal, the removed person included.
        List<Member> audience = Chats.audience(g);
        members.forEach(m -> m.status = "removed");
        ObjectNode resp = withGroup("userDeletedMembers", user, g);
        resp.set("members", json(members));
        resp.put("withMessages", withMessages);
        after.then(() -> members.forEach(m -> audience.forEach(a -> Chats.tell(a.peer, chat,
                a == m ? "removed" : "memberRemoved", m.localDisplayName, Json.object().put("groupMemberId", m.groupMemberId)))));
        return resp;
    }

    ObjectNode leave(APILeaveGroup c) {
        User user = core.active();
        Group g = group(c.groupId());
        if (!g.membership.current()) throw SimError.chat("groupMemberUserRemoved");
        List<Member> audience = Chats.audience(g);
        g.membership.status = "left";
        after.then(() -> audience.forEach(a -> Chats.tell(a.peer, ChatKey.group(g.groupId), "memberLeft", user.name(), null)));
        return withGroup("leftMemberUser", user, g);
    }

    ObjectNode listMembers(APIListMembers c) {
        User user = core.active();
        Group g = group(c.groupId());
        ObjectNode resp = core.resp("groupMembers", user);
        resp.set("group", core.shapes.groups().group(g));
        return resp;
    }

    ObjectNode updateProfile(APIUpdateGroupProfile c) {
        User user = core.active();
        Group g = group(c.groupId());
        Chats.requireRole(core, g, Role.OWNER);
        ObjectNode from = core.shapes.groups().groupInfo(g);
        g.profile = (ObjectNode) c.groupProfile().deepCopy();
        g.updatedAt = core.world.now();
        ObjectNode resp = core.resp("groupUpdated", user);
        resp.set("fromGroup", from);
        resp.set("toGroup", core.shapes.groups().groupInfo(g));
        after.then(() -> Chats.tell(user, ChatKey.group(g.groupId), "groupUpdated", 0, g.profile.path("displayName").asString(""), g.profile));
        return resp;
    }

    ObjectNode listGroups(APIListGroups c) {
        User user = core.user(c.userId());
        Long contactId = c.contactId_();
        if (contactId != null) user.contact(contactId);
        String search = c.search() == null ? "" : c.search().toLowerCase(java.util.Locale.ROOT);
        ArrayNode groups = Json.MAPPER.createArrayNode();
        user.groups.values().stream()
                .filter(g -> contactId == null || g.currentMembers().stream().anyMatch(m -> contactId.equals(m.contactId)))
                .filter(g -> g.localDisplayName.toLowerCase(java.util.Locale.ROOT).contains(search))
                .forEach(g -> groups.add(core.shapes.groups().listEntry(g)));
        ObjectNode resp = core.resp("groupsList", user);
        resp.set("groups", groups);
        return resp;
    }

    /** A group chat's deletion (§7.1 {@code ChatDeleteMode}): owners delete it for everyone. */
    ObjectNode deleteGroup(User user, Group g, String mode) {
        ChatKey chat = ChatKey.group(g.groupId);
        MessageFlow.removeAll(user, chat);
        if (!mode.equals("messages")) {
            List<Member> audience = Chats.audience(g);
            boolean owner = g.membership.role == Role.OWNER && g.membership.current();
            if (owner) audience.forEach(m -> after.then(() -> Chats.tell(m.peer, chat, "groupDeleted", g.localDisplayName, null)));
            else audience.forEach(m -> after.then(() -> Chats.tell(m.peer, chat, "memberLeft", user.name(), null)));
            user.groups.remove(g.groupId);
            if (g.link != null) core.world.forgetLink(g.link);
        }
        return withGroup("groupDeletedUser", user, g);
    }
}
