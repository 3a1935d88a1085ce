package dev.simplexscript.sim.people;

import dev.simplexscript.sim.SimulatedCore;
import tools.jackson.databind.JsonNode;

/** Finds a group of the bot's by name, and its group link, the way a person would be told them. */
public final class BotGroups {
    private BotGroups() {}

    /** The bot's group called {@code name} ({@code '#Lounge'} or {@code 'Lounge'}, any case). */
    public static JsonNode find(SimulatedCore sim, String name) {
        String wanted = name.startsWith("#") ? name.substring(1) : name;
        long userId = sim.send("/user").path("user").path("userId").asLong();
        for (JsonNode g : sim.send("/_groups " + userId).path("groups")) {
            JsonNode info = g.has("groupInfo") ? g.get("groupInfo") : g;
            if (info.path("groupProfile").path("displayName").asString("").equalsIgnoreCase(wanted)) return info;
        }
        throw new IllegalArgumentException("the bot has no group called " + wanted);
    }

    /** The group's link, as the bot created it with {@code link.create}. */
    public static String link(SimulatedCore sim, JsonNode group) {
        JsonNode link = sim.send("/_get link #" + group.path("groupId").asLong());
        String full = link.path("groupLink").path("connLinkContact").path("connFullLink").asString(null);
        if (full == null) {
            throw new IllegalArgumentException("#" + group.path("groupProfile").path("displayName").asString()
                    + " has no group link: the bot has to create one (link.create)");
        }
        return full;
    }
}
