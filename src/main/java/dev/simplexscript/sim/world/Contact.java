package dev.simplexscript.sim.world;

import java.time.Instant;
import tools.jackson.databind.node.ObjectNode;

/** A contact of one user, with the person on the other side. */
public final class Contact {
    public final long contactId;
    public final String localDisplayName;
    public final Peer peer;
    public final Instant createdAt;
    public final Long contactRequestId;
    public Profile profile;
    public Connection conn;
    public boolean used;
    /** {@code active}, {@code deleted} or {@code deletedByUser}. */
    public String status = "active";
    /** Per-contact preference overrides ({@code /_set prefs}); empty object when none. */
    public ObjectNode userPreferences;
    /** Set by the user with {@code /_set alias}; shown as the profile's {@code localAlias}. */
    public String localAlias = "";
    public Instant updatedAt;
    public Instant chatTs;

    public Contact(long contactId, String localDisplayName, Peer peer, Profile profile, Connection conn,
            Long contactRequestId, ObjectNode userPreferences, Instant now) {
        this.contactId = contactId;
        this.localDisplayName = localDisplayName;
        this.peer = peer;
        this.profile = profile;
        this.conn = conn;
        this.contactRequestId = contactRequestId;
        this.userPreferences = userPreferences;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public boolean ready() {
        return "ready".equals(conn.status) && "active".equals(status);
    }
}
