package dev.simplexscript.sim.json;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.sim.world.Group;
import dev.simplexscript.sim.world.Member;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code GroupInfo}, {@code GroupMember}, {@code GroupLink}, {@code Group} (§7.6). */
public final class GroupShapes {
    private static final List<String> GROUP_FEATURES = List.of("timedMessages", "directMessages", "fullDelete", "reactions",
            "voice", "files", "simplexLinks", "reports", "history", "sessions");
    /** A real v6.5.4.1 frame also carries these two, in this order (fixtures README). */
    private static final List<String> GROUP_FEATURES_V65 = List.of("timedMessages", "directMessages", "fullDelete", "reactions",
            "voice", "files", "simplexLinks", "reports", "history", "support", "sessions", "comments");

    private final Encoding wire;
    private final ContactShapes contacts;

    public GroupShapes(Encoding wire, ContactShapes contacts) {
        this.wire = wire;
        this.contacts = contacts;
    }

    public ObjectNode groupInfo(Group g) {
        ObjectNode n = Json.object().put("groupId", g.groupId);
        if (wire.v65()) n.put("useRelays", false);
        n.put("localDisplayName", g.localDisplayName);
        n.set("groupProfile", g.profile.deepCopy());
        n.put("localAlias", "");
        if (g.businessChat != null) n.set("businessChat", g.businessChat.deepCopy());
        n.set("fullGroupPreferences", fullGroupPreferences(g.profile.path("groupPreferences"), wire.v65() ? GROUP_FEATURES_V65 : GROUP_FEATURES));
        n.set("membership", member(g.membership));
        n.set("chatSettings", Encoding.chatSettings());
        n.put("createdAt", Encoding.time(g.createdAt)).put("updatedAt", Encoding.time(g.updatedAt))
                .put("chatTs", Encoding.time(g.chatTs));
        n.set("chatTags", Json.MAPPER.createArrayNode());
        if (wire.v65()) n.set("groupSummary", summary(g));
        n.put("membersRequireAttention", 0);
        return n;
    }

    /** {@code GroupSummary}: members currently in the group, the user included. */
    public static ObjectNode summary(Group g) {
        long others = g.currentMembers().stream().filter(Member::active).count();
        return Json.object().put("currentMembers", others + (g.membership.current() ? 1 : 0));
    }

    /** The {@code groupsList} element: {@code GroupInfo} in v6.5, {@code GroupInfoSummary} in v6.4. */
    public ObjectNode listEntry(Group g) {
        if (wire.v65()) return groupInfo(g);
        ObjectNode n = Json.object();
        n.set("groupInfo", groupInfo(g));
        n.set("groupSummary", summary(g));
        return n;
    }

    public ObjectNode member(Member m) {
        ObjectNode n = Json.object()
                .put("groupMemberId", m.groupMemberId)
                .put("groupId", m.groupId)
                .put("indexInGroup", m.indexInGroup)
                .put("memberId", m.memberId)
                .put("memberRole", m.role.wire())
                .put("memberCategory", m.category)
                .put("memberStatus", m.status);
        n.set("memberSettings", Json.object().put("showMessages", true));
        n.put("blockedByAdmin", m.blockedByAdmin);
        n.set("invitedBy", invitedBy(m));
        n.put("localDisplayName", m.localDisplayName);
        n.set("memberProfile", UserShapes.localProfile(m.profile));
        if (m.contactId != null) n.put("memberContactId", m.contactId);
        n.put("memberContactProfileId", m.profile.profileId());
        if (m.conn != null) n.set("activeConn", contacts.connection(m.conn));
        n.set("memberChatVRange", Encoding.versionRange());
        n.put("createdAt", Encoding.time(m.createdAt)).put("updatedAt", Encoding.time(m.updatedAt));
        return n;
    }

    /** {@code InvitedBy}: the inviting contact; the user for its own and its invitees' records; unknown for hosts. */
    private static ObjectNode invitedBy(Member m) {
        if (m.invitedByContactId != null) return Encoding.tag("contact").put("byContactId", m.invitedByContactId);
        return Encoding.tag(m.category.equals("host") ? "unknown" : "user");
    }

    public ObjectNode group(Group g) {
        ObjectNode n = Json.object();
        n.set("groupInfo", groupInfo(g));
        var members = Json.MAPPER.createArrayNode();
        g.currentMembers().forEach(m -> members.add(member(m)));
        n.set("members", members);
        return n;
    }

    public ObjectNode groupLink(Group g) {
        ObjectNode n = Json.object().put("userContactLinkId", g.linkId());
        n.set("connLinkContact", ContactShapes.link(g.link));
        n.put("shortLinkDataSet", true).put("shortLinkLargeDataSet", true)
                .put("groupLinkId", dev.simplexscript.sim.world.Ids.opaque("grouplink" + g.groupId))
                .put("acceptMemberRole", g.linkRole.wire());
        return n;
    }

    /** {@code FullGroupPreferences}: the core's defaults overridden by the profile's preferences. */
    static ObjectNode fullGroupPreferences(JsonNode prefs, List<String> features) {
        ObjectNode n = Json.object();
        for (String feature : features) {
            JsonNode set = prefs.path(feature);
            ObjectNode pref = set.isObject() ? (ObjectNode) set.deepCopy()
                    : Json.object().put("enable", switch (feature) {
                        case "timedMessages", "directMessages", "fullDelete", "sessions", "comments" -> "off";
                        default -> "on";
                    });
            if (feature.equals("timedMessages") && !pref.has("ttl")) pref.put("ttl", 86400);
            n.set(feature, pref);
        }
        JsonNode commands = prefs.path("commands");
        n.set("commands", commands.isArray() ? commands.deepCopy() : Json.MAPPER.createArrayNode());
        return n;
    }
}
