package dev.simplexscript.sim.world;

import java.time.Instant;

/** An agent connection of a contact or member ({@code Connection}, PROTOCOL.md §7.4). */
public final class Connection {
    public final long connId;
    public final String agentConnId;
    /** {@code contact}, {@code member} or {@code user_contact}. */
    public final String connType;
    public final Long viaUserContactLink;
    public final boolean viaGroupLink;
    public final boolean initiated;
    public final long entityId;
    public final Instant createdAt;
    /** The TYPES.md string form: {@code new}, {@code joined}, {@code accepted}, {@code snd-ready}, {@code ready}, {@code deleted}. */
    public String status;

    public Connection(long connId, String connType, String status, Long viaUserContactLink, boolean viaGroupLink,
            boolean initiated, long entityId, Instant createdAt) {
        this.connId = connId;
        this.agentConnId = Ids.opaque("conn" + connId);
        this.connType = connType;
        this.status = status;
        this.viaUserContactLink = viaUserContactLink;
        this.viaGroupLink = viaGroupLink;
        this.initiated = initiated;
        this.entityId = entityId;
        this.createdAt = createdAt;
    }
}
