package dev.simplexscript.sim.core;

import dev.simplexscript.sim.world.ChatKey;
import dev.simplexscript.sim.world.Contact;
import dev.simplexscript.sim.world.Group;
import dev.simplexscript.sim.world.Member;
import dev.simplexscript.sim.world.Peer;
import dev.simplexscript.sim.world.Role;
import dev.simplexscript.sim.world.Seen;
import dev.simplexscript.sim.world.SimError;
import dev.simplexscript.sim.world.User;
import dev.simplexscript.protocol.Json;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Lookups and checks shared by the command handlers: chat references, roles, who sees what. */
final class Chats {
    private Chats() {}

    /** The chat a {@code ChatRef} JSON names, checked to exist for this user. */
    static ChatKey ref(User user, JsonNode chatRef) {
        long id = chatRef.path("chatId").asLong();
        return switch (chatRef.path("chatType").asString("")) {
            case "direct" -> {
                user.contact(id);
                yield ChatKey.direct(id);
            }
            case "group" -> {
                user.group(id);
                yield ChatKey.group(id);
            }
            default -> throw SimError.commandError("not supported for chat type " + chatRef.path("chatType").asString(""));
        };
    }

    /** Throws {@code groupUserRole} unless the user has at least {@code required} in the group. */
    static void requireRole(Core core, Group group, Role required) {
        if (!group.membership.current() || !group.membership.role.atLeast(required)) {
            ObjectNode fields = Json.object();
            fields.set("groupInfo", core.shapes.groups().groupInfo(group));
            fields.put("requiredRole", required.wire());
            throw SimError.chat("groupUserRole", fields);
        }
    }

    /** Members of a group the user's messages reach: connected people, not the user. */
    static List<Member> audience(Group group) {
        return group.currentMembers().stream().filter(m -> m.active() && m.peer != null).toList();
    }

    /** Tells everyone in a chat (the contact, or the group's connected members) what happened. */
    static void tell(User user, ChatKey chat, String kind, long itemId, String text, JsonNode details) {
        Seen seen = new Seen(kind, chat.toString(), itemId, text, details);
        if (chat.group()) {
            audience(user.group(chat.id())).forEach(m -> m.peer.observe(seen));
        } else {
            Contact c = user.contact(chat.id());
            if (c.peer != null) c.peer.observe(seen);
        }
    }

    static void tell(Peer peer, ChatKey chat, String kind, String text, JsonNode details) {
        if (peer != null) peer.observe(new Seen(kind, chat.toString(), 0, text, details));
    }
}
