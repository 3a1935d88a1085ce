package dev.simplexscript.sim.world;

import java.time.Instant;

/** A connection that is not a contact yet: the bot's one-time invitation or a link it is joining. */
public final class PendingConnection {
    public final long connId;
    public final Link link;
    public final boolean viaContactUri;
    public final Instant createdAt;
    public String status;

    public PendingConnection(long connId, Link link, boolean viaContactUri, String status, Instant createdAt) {
        this.connId = connId;
        this.link = link;
        this.viaContactUri = viaContactUri;
        this.status = status;
        this.createdAt = createdAt;
    }
}
