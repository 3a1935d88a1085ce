package dev.simplexscript.sim.world;

import tools.jackson.databind.node.ObjectNode;

/**
 * The far side of a contact or group member: a virtual person. The world tells it what the bot
 * did to it; the person decides nothing on its own, tests drive it.
 */
public interface Peer {
    String name();

    /** The person's {@code Profile} JSON. */
    ObjectNode profile();

    /** Something the bot did that this person can see. */
    void observe(Seen seen);
}
