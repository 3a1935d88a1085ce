package dev.simplexscript.sim.json;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.sim.world.Profile;
import dev.simplexscript.sim.world.User;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code User}, {@code UserInfo}, {@code LocalProfile} and the user's full preferences (§7.3). */
public final class UserShapes {
    /** The chat features of {@code Preferences}, in TYPES.md order. */
    public static final List<String> FEATURES = List.of("timedMessages", "fullDelete", "reactions", "voice", "files", "calls", "sessions");

    private final Encoding wire;

    public UserShapes(Encoding wire) {
        this.wire = wire;
    }

    public ObjectNode user(User u) {
        ObjectNode n = Json.object()
                .put("userId", u.userId)
                .put("agentUserId", Long.toString(u.userId))
                .put("userContactId", u.userContactId)
                .put("localDisplayName", u.name());
        n.set("profile", localProfile(u.profile));
        n.set("fullPreferences", fullPreferences(u.profile.json().path("preferences")));
        n.put("activeUser", u.active)
                .put("activeOrder", u.activeOrder)
                .put("showNtfs", true)
                .put("sendRcptsContacts", true)
                .put("sendRcptsSmallGroups", true)
                .put("autoAcceptMemberContacts", false);
        if (wire.v65()) n.put("userChatRelay", false);
        return n;
    }

    public ObjectNode userInfo(User u) {
        ObjectNode n = Json.object();
        n.set("user", user(u));
        n.put("unreadCount", 0);
        return n;
    }

    /** {@code LocalProfile}: the profile plus its row id and the (empty) local alias. */
    public static ObjectNode localProfile(Profile p) {
        ObjectNode n = Json.object().put("profileId", p.profileId());
        n.setAll(p.json());
        n.put("localAlias", "");
        return n;
    }

    /** {@code FullPreferences}: the core's defaults overridden by what the profile sets. */
    public static ObjectNode fullPreferences(JsonNode preferences) {
        ObjectNode n = Json.object();
        for (String feature : FEATURES) {
            JsonNode set = preferences.path(feature);
            n.set(feature, set.isObject() ? set.deepCopy() : Json.object().put("allow", defaultAllow(feature)));
        }
        JsonNode commands = preferences.path("commands");
        n.set("commands", commands.isArray() ? commands.deepCopy() : Json.MAPPER.createArrayNode());
        return n;
    }

    /** The core's default for a feature the profile does not set. */
    public static String defaultAllow(String feature) {
        return switch (feature) {
            case "fullDelete", "sessions" -> "no";
            case "files" -> "always";
            default -> "yes";
        };
    }
}
