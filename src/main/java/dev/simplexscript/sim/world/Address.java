package dev.simplexscript.sim.world;

import tools.jackson.databind.node.ObjectNode;

/** The user's long-term contact address and its {@code AddressSettings} JSON. */
public final class Address {
    public final long userContactLinkId;
    public final Link link;
    public ObjectNode settings;

    public Address(long userContactLinkId, Link link, ObjectNode settings) {
        this.userContactLinkId = userContactLinkId;
        this.link = link;
        this.settings = settings;
    }

    public boolean autoAccept() {
        return settings.has("autoAccept");
    }

    public boolean business() {
        return settings.path("businessAddress").asBoolean(false);
    }
}
