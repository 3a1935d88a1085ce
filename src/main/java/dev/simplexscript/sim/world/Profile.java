package dev.simplexscript.sim.world;

import tools.jackson.databind.node.ObjectNode;

/**
 * A stored profile: its row id and the {@code Profile} JSON (displayName, fullName, optional
 * fields) as the owner last sent it. Replaced, never mutated, when the owner changes it.
 */
public record Profile(long profileId, ObjectNode json) {
    public String displayName() {
        return json.path("displayName").asString("");
    }

    public Profile with(ObjectNode newJson) {
        return new Profile(profileId, newJson.deepCopy());
    }
}
