package dev.simplexscript.api.nouns;

import dev.simplexscript.api.values.ApiArgumentException;
import dev.simplexscript.api.values.Args;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** User and group profiles from script values. */
final class Profiles {
    private Profiles() {}

    /** A profile from a display name, or a profile map; {@code fullName} (required by the core) defaults to "". */
    static ObjectNode named(String what, Object nameOrProfile) {
        ObjectNode profile = nameOrProfile instanceof Map<?, ?> map
                ? Args.object(what, map)
                : Args.params().put("displayName", Args.text(what, nameOrProfile));
        if (!profile.path("displayName").isString()) throw new ApiArgumentException(what + " needs a displayName");
        if (!profile.has("fullName")) profile.put("fullName", "");
        return profile;
    }

    /**
     * The current profile with the given fields replaced; a null value removes a field, and
     * {@code preferences} are merged one level deep so that changing one keeps the others
     * (the bot's command menu among them).
     */
    static ObjectNode merge(JsonNode current, ObjectNode changes) {
        ObjectNode merged = current.isObject() ? (ObjectNode) current.deepCopy() : Args.params();
        for (Map.Entry<String, JsonNode> e : changes.properties()) {
            String key = e.getKey();
            JsonNode value = e.getValue();
            if (value.isNull()) merged.remove(key);
            else if (key.equals("preferences") && value.isObject() && merged.path(key).isObject()) {
                ObjectNode prefs = merged.withObjectProperty(key);
                value.properties().forEach(p -> {
                    if (p.getValue().isNull()) prefs.remove(p.getKey());
                    else prefs.set(p.getKey(), p.getValue());
                });
            } else merged.set(key, value);
        }
        return merged;
    }

    /** A User's LocalProfile as the Profile that APIUpdateProfile takes (as the official fromLocalProfile). */
    static ObjectNode fromLocal(JsonNode localProfile) {
        ObjectNode profile = (ObjectNode) localProfile.deepCopy();
        profile.remove("profileId");
        profile.remove("localAlias");
        return profile;
    }
}
