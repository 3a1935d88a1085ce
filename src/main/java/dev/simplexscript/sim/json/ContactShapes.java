package dev.simplexscript.sim.json;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.sim.world.Connection;
import dev.simplexscript.sim.world.Contact;
import dev.simplexscript.sim.world.ContactRequest;
import dev.simplexscript.sim.world.PendingConnection;
import dev.simplexscript.sim.world.User;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code Contact}, {@code Connection}, {@code PendingContactConnection}, {@code UserContactRequest} (§7.4). */
public final class ContactShapes {
    private final Encoding wire;

    public ContactShapes(Encoding wire) {
        this.wire = wire;
    }

    public ObjectNode contact(User user, Contact c) {
        ObjectNode n = Json.object().put("contactId", c.contactId).put("localDisplayName", c.localDisplayName);
        n.set("profile", UserShapes.localProfile(c.profile).put("localAlias", c.localAlias));
        if (c.conn != null && !"deleted".equals(c.status)) n.set("activeConn", connection(c.conn));
        n.put("contactUsed", c.used).put("contactStatus", c.status);
        n.set("chatSettings", Encoding.chatSettings());
        n.set("userPreferences", c.userPreferences.deepCopy());
        n.set("mergedPreferences", mergedPreferences(user, c));
        n.put("createdAt", Encoding.time(c.createdAt)).put("updatedAt", Encoding.time(c.updatedAt));
        if (c.chatTs != null) n.put("chatTs", Encoding.time(c.chatTs));
        if (c.contactRequestId != null) n.put("contactRequestId", c.contactRequestId);
        n.put("contactGrpInvSent", false);
        n.set("chatTags", Json.MAPPER.createArrayNode());
        n.put("chatDeleted", false);
        return n;
    }

    public ObjectNode connection(Connection c) {
        boolean ready = c.status.equals("ready") || c.status.equals("snd-ready");
        ObjectNode n = Json.object()
                .put("connId", c.connId)
                .put("agentConnId", c.agentConnId)
                .put("connChatVersion", 16);
        n.set("peerChatVRange", Encoding.versionRange());
        n.put("connLevel", 0);
        if (c.viaUserContactLink != null) n.put("viaUserContactLink", c.viaUserContactLink);
        n.put("viaGroupLink", c.viaGroupLink).put("connType", c.connType);
        n.set("connStatus", wire.connStatus(c.status));
        n.put("contactConnInitiated", c.initiated).put("localAlias", "").put("entityId", c.entityId)
                .put("pqSupport", true).put("pqEncryption", true);
        if (ready) n.put("pqSndEnabled", true).put("pqRcvEnabled", true);
        n.put("authErrCounter", 0).put("quotaErrCounter", 0).put("createdAt", Encoding.time(c.createdAt));
        return n;
    }

    /**
     * {@code ContactUserPreferences}: per feature, whether it is enabled each way, computed as the
     * core's {@code prefEnabled} does from the user's (or overriding) and the contact's preference.
     */
    ObjectNode mergedPreferences(User user, Contact c) {
        JsonNode userPrefs = user.profile.json().path("preferences");
        JsonNode contactPrefs = c.profile.json().path("preferences");
        ObjectNode n = Json.object();
        for (String feature : UserShapes.FEATURES) {
            JsonNode override = c.userPreferences.path(feature);
            String mine = (override.isObject() ? override : userPrefs.path(feature)).path("allow").asString(UserShapes.defaultAllow(feature));
            String theirs = contactPrefs.path(feature).path("allow").asString(UserShapes.defaultAllow(feature));
            ObjectNode pref = Json.object();
            pref.set("enabled", enabled(mine, theirs));
            ObjectNode userPreference = Encoding.tag(override.isObject() ? "contact" : "user");
            userPreference.set("preference", Json.object().put("allow", mine));
            pref.set("userPreference", userPreference);
            pref.set("contactPreference", Json.object().put("allow", theirs));
            n.set(feature, pref);
        }
        JsonNode commands = c.userPreferences.path("commands").isArray() ? c.userPreferences.path("commands") : userPrefs.path("commands");
        n.set("commands", commands.isArray() ? commands.deepCopy() : Json.MAPPER.createArrayNode());
        return n;
    }

    private static ObjectNode enabled(String user, String contact) {
        boolean forUser;
        boolean forContact;
        if (user.equals("always") && contact.equals("no")) {
            forUser = false;
            forContact = true;
        } else if (user.equals("no") && contact.equals("always")) {
            forUser = true;
            forContact = false;
        } else {
            forUser = forContact = !user.equals("no") && !contact.equals("no");
        }
        return Json.object().put("forUser", forUser).put("forContact", forContact);
    }

    public ObjectNode pending(PendingConnection p) {
        ObjectNode n = Json.object()
                .put("pccConnId", p.connId)
                .put("pccAgentConnId", dev.simplexscript.sim.world.Ids.opaque("conn" + p.connId));
        n.set("pccConnStatus", wire.connStatus(p.status));
        n.put("viaContactUri", p.viaContactUri);
        if (!p.viaContactUri) n.set("connLinkInv", link(p.link));
        n.put("localAlias", "").put("createdAt", Encoding.time(p.createdAt)).put("updatedAt", Encoding.time(p.createdAt));
        return n;
    }

    public static ObjectNode link(dev.simplexscript.sim.world.Link link) {
        return Json.object().put("connFullLink", link.full()).put("connShortLink", link.shortLink());
    }

    public ObjectNode request(ContactRequest r) {
        ObjectNode n = Json.object()
                .put("contactRequestId", r.contactRequestId())
                .put("agentInvitationId", r.agentInvitationId())
                .put("userContactLinkId_", r.userContactLinkId());
        n.set("cReqChatVRange", Encoding.versionRange());
        n.put("localDisplayName", r.localDisplayName()).put("profileId", r.profile().profileId());
        n.set("profile", r.profile().json().deepCopy());
        n.put("createdAt", Encoding.time(r.createdAt())).put("updatedAt", Encoding.time(r.createdAt()))
                .put("xContactId", r.xContactId()).put("pqSupport", true);
        return n;
    }
}
