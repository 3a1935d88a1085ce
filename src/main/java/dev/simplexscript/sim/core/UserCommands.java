package dev.simplexscript.sim.core;

import dev.simplexscript.protocol.command.APIDeleteUser;
import dev.simplexscript.protocol.command.APISetActiveUser;
import dev.simplexscript.protocol.command.APISetContactPrefs;
import dev.simplexscript.protocol.command.APIUpdateProfile;
import dev.simplexscript.protocol.command.CreateActiveUser;
import dev.simplexscript.protocol.Json;
import dev.simplexscript.sim.world.Contact;
import dev.simplexscript.sim.world.SimError;
import dev.simplexscript.sim.world.User;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** User profile commands (§4.1 36–42), and {@code /v}. */
final class UserCommands {
    private final Core core;

    UserCommands(Core core) {
        this.core = core;
    }


    /**
     * {@code versionInfo} as the core's {@code CRVersionInfo}: {@code CoreVersionInfo} plus the
     * migrations applied on start, none here because nothing is stored.
     */
    ObjectNode version() {
        ObjectNode resp = Json.object().put("type", "versionInfo");
        resp.set("versionInfo", Json.object()
                .put("version", core.shapes.wire().v65() ? "6.5.4.1-simulated" : "6.4.10.0-simulated")
                .put("simplexmqVersion", "simulated")
                .put("simplexmqCommit", "simulated"));
        resp.set("chatMigrations", Json.MAPPER.createArrayNode());
        resp.set("agentMigrations", Json.MAPPER.createArrayNode());
        return resp;
    }

    ObjectNode activeUser(User user) {
        return core.resp("activeUser", user);
    }

    ObjectNode create(CreateActiveUser c) {
        JsonNode profile = c.newUser().path("profile");
        if (!profile.isObject()) throw SimError.commandError("Failed reading: newUser.profile is required by the simulated core");
        checkDisplayName(profile.path("displayName").asString(""));
        return activeUser(core.world.createUser((ObjectNode) profile));
    }

    /** The core refuses names with leading/trailing spaces or characters reserved by the CLI syntax. */
    static void checkDisplayName(String name) {
        String valid = name.strip().replaceAll("[#@'\",]", "").replaceAll("\\s+", " ");
        if (name.isEmpty() || !valid.equals(name)) {
            throw SimError.chat("invalidDisplayName", Json.object().put("displayName", name).put("validName", valid));
        }
    }

    ObjectNode list() {
        core.active();
        ObjectNode resp = Json.object().put("type", "usersList");
        var users = Json.MAPPER.createArrayNode();
        core.world.users.values().forEach(u -> users.add(core.shapes.users().userInfo(u)));
        resp.set("users", users);
        return resp;
    }

    ObjectNode setActive(APISetActiveUser c) {
        User user = core.user(c.userId());
        core.world.activate(user);
        return activeUser(user);
    }

    ObjectNode delete(APIDeleteUser c) {
        User user = core.user(c.userId());
        if (core.world.users.size() == 1) throw SimError.chat("cantDeleteLastUser", Json.object().put("userId", user.userId));
        if (user.active) throw SimError.chat("cantDeleteActiveUser", Json.object().put("userId", user.userId));
        core.world.users.remove(user.userId);
        return Json.object().put("type", "cmdOk");
    }

    ObjectNode updateProfile(APIUpdateProfile c) {
        User user = core.user(c.userId());
        ObjectNode profile = (ObjectNode) c.profile();
        checkDisplayName(profile.path("displayName").asString(""));
        if (profile.equals(user.profile.json())) return core.resp("userProfileNoChange", user);
        return profileUpdated(core, user, profile);
    }

    /** Replaces the user's profile and answers {@code userProfileUpdated}; contacts hear of it. */
    static ObjectNode profileUpdated(Core core, User user, ObjectNode newProfile) {
        ObjectNode from = user.profile.json().deepCopy();
        user.profile = user.profile.with(newProfile);
        ObjectNode resp = core.resp("userProfileUpdated", user);
        resp.set("fromProfile", from);
        resp.set("toProfile", newProfile.deepCopy());
        long reached = user.contacts.values().stream().filter(Contact::ready).count();
        ObjectNode summary = Json.object().put("updateSuccesses", reached).put("updateFailures", 0);
        summary.set("changedContacts", Json.MAPPER.createArrayNode());
        resp.set("updateSummary", summary);
        return resp;
    }

    ObjectNode setContactPrefs(APISetContactPrefs command) {
        User user = core.active();
        Contact c = user.contact(command.contactId());
        ObjectNode from = core.shapes.contacts().contact(user, c);
        c.userPreferences = (ObjectNode) command.preferences().deepCopy();
        c.updatedAt = core.world.now();
        ObjectNode resp = core.resp("contactPrefsUpdated", user);
        resp.set("fromContact", from);
        resp.set("toContact", core.shapes.contacts().contact(user, c));
        return resp;
    }
}
