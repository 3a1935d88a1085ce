package dev.simplexscript.sim.world;

import java.time.Instant;

/** A pending request to connect via the user's address (auto-accept off). */
public record ContactRequest(long contactRequestId, long userContactLinkId, String localDisplayName, Profile profile,
        Peer peer, Instant createdAt) {
    public String agentInvitationId() {
        return Ids.opaque("inv" + contactRequestId);
    }

    public String xContactId() {
        return Ids.opaque("xcontact" + contactRequestId);
    }
}
