package dev.simplexscript.api.nouns;

import dev.simplexscript.api.objects.ChatActions;
import dev.simplexscript.api.objects.Group;
import dev.simplexscript.api.objects.Member;
import dev.simplexscript.api.session.CoreSession;
import dev.simplexscript.api.session.Futures;
import dev.simplexscript.api.values.ApiArgumentException;
import dev.simplexscript.api.values.Args;
import dev.simplexscript.api.values.ChatRefs;
import dev.simplexscript.api.values.Ref.Kind;
import dev.simplexscript.protocol.command.APIAcceptMember;
import dev.simplexscript.protocol.command.APIAddMember;
import dev.simplexscript.protocol.command.APIBlockMembersForAll;
import dev.simplexscript.protocol.command.APIListGroups;
import dev.simplexscript.protocol.command.APIListMembers;
import dev.simplexscript.protocol.command.APILeaveGroup;
import dev.simplexscript.protocol.command.APIMembersRole;
import dev.simplexscript.protocol.command.APINewGroup;
import dev.simplexscript.protocol.command.APIRemoveMembers;
import dev.simplexscript.protocol.command.APIUpdateGroupProfile;
import dev.simplexscript.protocol.command.GroupMemberRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.graalvm.polyglot.HostAccess.Export;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The global {@code group}: creating, listing, membership, moderation and profiles of groups. */
public final class GroupApi {
    private static final String DEFAULT_ROLE = "member";
    private final ChatActions actions;
    private final CoreSession session;

    public GroupApi(ChatActions actions) {
        this.actions = actions;
        this.session = actions.session();
    }

    /** Creates a group from a name or a GroupProfile; resolves to the Group. */
    @Export
    public CompletableFuture<Object> create(Object nameOrProfile) {
        return create(nameOrProfile, null);
    }

    /** Options: {@code incognito}. */
    @Export
    public CompletableFuture<Object> create(Object nameOrProfile, Object options) {
        Map<String, Object> o = Args.options("group.create options", options, "incognito");
        boolean incognito = Args.bool("group.create option incognito", o.get("incognito"), false);
        ObjectNode profile = Profiles.named("group.create: profile", nameOrProfile);
        return Futures.script(session.runForUser(user -> new APINewGroup(user, incognito, profile), "groupCreated"),
                resp -> actions.group(resp.path("groupInfo")));
    }

    /** All groups, as a list of Group. */
    @Export
    public CompletableFuture<Object> list() {
        return list(null);
    }

    /** Options: {@code contact} (only groups shared with that contact), {@code search} (name text). */
    @Export
    public CompletableFuture<Object> list(Object options) {
        Map<String, Object> o = Args.options("group.list options", options, "contact", "search");
        Long contact = o.get("contact") == null ? null : Args.id("group.list option contact", o.get("contact"), Kind.CONTACT);
        String search = o.get("search") == null ? null : Args.text("group.list option search", o.get("search"));
        return Futures.script(session.runForUser(user -> new APIListGroups(user, contact, search), "groupsList"), resp -> {
            List<Group> groups = new ArrayList<>();
            for (JsonNode g : resp.path("groups")) groups.add(actions.group(groupInfo(g)));
            return groups;
        });
    }

    /** Invites a contact as a member; resolves to the new Member. */
    @Export
    public CompletableFuture<Object> add(Object group, Object contact) {
        return add(group, contact, DEFAULT_ROLE);
    }

    /** Invites with a role: observer, member, moderator, admin or owner. */
    @Export
    public CompletableFuture<Object> add(Object group, Object contact, Object role) {
        var command = new APIAddMember(groupId("group.add", group), Args.id("group.add: contact", contact, Kind.CONTACT), role("group.add", role));
        return Futures.script(session.run(command, "sentGroupInvitation"), resp -> member(resp, "member"));
    }

    /** Joins a group the bot was invited to (a GroupInvite, Group or id); resolves to the Group. */
    @Export
    public CompletableFuture<Object> join(Object group) {
        return actions.join(groupId("group.join", group));
    }

    /** Admits a member waiting for review; resolves to the Member. */
    @Export
    public CompletableFuture<Object> acceptMember(Object group, Object member) {
        return acceptMember(group, member, DEFAULT_ROLE);
    }

    @Export
    public CompletableFuture<Object> acceptMember(Object group, Object member, Object role) {
        long groupId = groupId("group.acceptMember", group);
        var command = new APIAcceptMember(groupId, memberIds("group.acceptMember: member", groupId, member).getFirst(),
                role("group.acceptMember", role));
        return Futures.script(session.run(command, "memberAccepted"), resp -> member(resp, "member"));
    }

    /** Changes the role of one member or a list; resolves to the list of Members. */
    @Export
    public CompletableFuture<Object> role(Object group, Object members, Object role) {
        long groupId = groupId("group.role", group);
        var command = new APIMembersRole(groupId, memberIds("group.role: members", groupId, members), role("group.role", role));
        return Futures.script(session.run(command, "membersRoleUser"), this::members);
    }

    /** Blocks members for everyone. */
    @Export
    public CompletableFuture<Object> block(Object group, Object members) {
        return block(group, members, true);
    }

    /** Blocks ({@code true}) or unblocks ({@code false}) members for everyone. */
    @Export
    public CompletableFuture<Object> block(Object group, Object members, Object blocked) {
        long groupId = groupId("group.block", group);
        var command = new APIBlockMembersForAll(groupId, memberIds("group.block: members", groupId, members),
                Args.bool("group.block: blocked", blocked, true));
        return Futures.script(session.run(command, "membersBlockedForAllUser"), this::members);
    }

    @Export
    public CompletableFuture<Object> remove(Object group, Object members) {
        return remove(group, members, null);
    }

    /** Removes members; option {@code messages: true} also deletes their messages. */
    @Export
    public CompletableFuture<Object> remove(Object group, Object members, Object options) {
        Map<String, Object> o = Args.options("group.remove options", options, "messages");
        long groupId = groupId("group.remove", group);
        var command = new APIRemoveMembers(groupId, memberIds("group.remove: members", groupId, members),
                Args.bool("group.remove option messages", o.get("messages"), false));
        return Futures.script(session.run(command, "userDeletedMembers"), this::members);
    }

    /** Leaves the group; resolves to the Group. */
    @Export
    public CompletableFuture<Object> leave(Object group) {
        return Futures.script(session.run(new APILeaveGroup(groupId("group.leave", group)), "leftMemberUser"),
                resp -> actions.group(resp.path("groupInfo")));
    }

    /** The members (the bot's own membership is {@code group.membership}); a list of Member. */
    @Export
    public CompletableFuture<Object> members(Object group) {
        return Futures.script(groupWithMembers(groupId("group.members", group)), g -> {
            Group info = actions.group(g.path("groupInfo"));
            List<Member> out = new ArrayList<>();
            for (JsonNode m : g.path("members")) out.add(actions.member(m, info));
            return out;
        });
    }

    /**
     * Changes the given GroupProfile fields and keeps the others (the core replaces the whole
     * profile, so the current one is read first with {@code /_members}); resolves to the Group.
     */
    @Export
    public CompletableFuture<Object> updateProfile(Object group, Object changes) {
        long groupId = groupId("group.updateProfile", group);
        ObjectNode given = Args.object("group.updateProfile: changes", changes);
        return Futures.script(groupWithMembers(groupId).thenCompose(g -> session.run(
                new APIUpdateGroupProfile(groupId, Profiles.merge(g.path("groupInfo").path("groupProfile"), given)), "groupUpdated")),
                resp -> actions.group(resp.path("toGroup")));
    }

    /** Deletes the group chat (mode as in {@code contacts.delete}, default {@code 'full'}). */
    @Export
    public CompletableFuture<Object> delete(Object group) {
        return delete(group, null);
    }

    @Export
    public CompletableFuture<Object> delete(Object group, Object mode) {
        return actions.deleteChat("group.delete", ChatRefs.group(groupId("group.delete", group)), mode);
    }

    private CompletableFuture<JsonNode> groupWithMembers(long groupId) {
        return session.run(new APIListMembers(groupId), "groupMembers").thenApply(resp -> resp.path("group"));
    }

    /** The roles shipped cores' parsers accept ({@code memberRole} in Commands.hs). */
    static final List<String> ROLES = List.of("observer", "member", "moderator", "admin", "owner");

    /**
     * A member role as shipped cores accept it. COMMANDS.md also lists {@code author}, but no
     * released core parses it (docs/core-quirks.md): refusing it here says why, where the core
     * would only answer with a parse error.
     */
    static GroupMemberRole role(String call, Object role) {
        String text = Args.text(call + ": role", role);
        if (text.equals("author")) {
            throw new ApiArgumentException(call + ": role 'author' is in COMMANDS.md but released chat cores (v6.4, v6.5) refuse it;"
                    + " use 'observer' (cannot send) or 'member' (docs/core-quirks.md)");
        }
        if (!ROLES.contains(text)) throw new ApiArgumentException(call + ": role must be one of " + String.join(", ", ROLES) + ", got '" + text + "'");
        return GroupMemberRole.of(text);
    }

    static long groupId(String call, Object group) {
        return Args.id(call + ": group", group, Kind.GROUP);
    }

    /** Member ids; a Member object of another group is refused rather than acted on by its id here. */
    private static List<Long> memberIds(String what, long groupId, Object members) {
        for (Object m : members instanceof List<?> list ? list : List.of(members)) {
            if (m instanceof Member member && member.groupId != groupId) {
                throw new ApiArgumentException(what + ": " + member + " is not in group #" + groupId);
            }
        }
        return Args.ids(what, members, Kind.MEMBER);
    }

    /** v6.4 lists GroupInfoSummary ({@code {groupInfo, groupSummary}}), newer cores GroupInfo (PROTOCOL.md §4.1, 34). */
    private static JsonNode groupInfo(JsonNode listed) {
        if (!listed.has("groupInfo")) return listed;
        ObjectNode info = (ObjectNode) listed.path("groupInfo").deepCopy();
        if (listed.has("groupSummary") && !info.has("groupSummary")) info.set("groupSummary", listed.get("groupSummary"));
        return info;
    }

    private Member member(JsonNode resp, String field) {
        return actions.member(resp.path(field), actions.group(resp.path("groupInfo")));
    }

    private List<Member> members(JsonNode resp) {
        Group group = actions.group(resp.path("groupInfo"));
        List<Member> out = new ArrayList<>();
        for (JsonNode m : resp.path("members")) out.add(actions.member(m, group));
        return out;
    }
}
