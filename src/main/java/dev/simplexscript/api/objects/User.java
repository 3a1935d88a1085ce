package dev.simplexscript.api.objects;

import dev.simplexscript.api.values.Plain;
import dev.simplexscript.api.values.Ref;
import java.util.Map;
import org.graalvm.polyglot.HostAccess.Export;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A user profile of the core (PROTOCOL.md §7.3 User): the identity the bot speaks as. */
public final class User implements Ref {
    /** {@code userId}. */
    @Export public final long id;
    @Export public final String name;
    @Export public final String displayName;
    @Export public final String fullName;
    @Export public final Map<String, Object> profile;
    /** Whether this is the active user. */
    @Export public final boolean active;
    /** Unread messages, when listed with {@code user.list()}; else null. */
    @Export public final Long unreadCount;
    @Export public final Map<String, Object> raw;

    public User(JsonNode user, Long unreadCount) {
        this.id = user.path("userId").asLong();
        this.name = Plain.text(user.path("localDisplayName"));
        this.displayName = Plain.text(user.path("profile").path("displayName"));
        this.fullName = Plain.text(user.path("profile").path("fullName"));
        this.profile = Plain.map(user.path("profile"));
        this.active = user.path("activeUser").asBoolean(false);
        this.unreadCount = unreadCount;
        this.raw = Plain.map(user);
    }

    @Override
    public Long refId(Kind kind) {
        return kind == Kind.USER ? id : null;
    }

    @Override
    public ObjectNode refChat() {
        return null;
    }

    @Override
    public String toString() {
        return "user " + id + " " + name;
    }
}
