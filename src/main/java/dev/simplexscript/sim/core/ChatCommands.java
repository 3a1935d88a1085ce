package dev.simplexscript.sim.core;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.protocol.command.APIChatRead;
import dev.simplexscript.protocol.command.APIContactInfo;
import dev.simplexscript.protocol.command.APIGetChat;
import dev.simplexscript.protocol.command.APIGetChats;
import dev.simplexscript.protocol.command.APIGroupMemberInfo;
import dev.simplexscript.protocol.command.APISetContactAlias;
import dev.simplexscript.sim.json.Encoding;
import dev.simplexscript.sim.world.ChatKey;
import dev.simplexscript.sim.world.Contact;
import dev.simplexscript.sim.world.Group;
import dev.simplexscript.sim.world.Item;
import dev.simplexscript.sim.world.Member;
import dev.simplexscript.sim.world.SimError;
import dev.simplexscript.sim.world.User;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Commands outside COMMANDS.md that shipped cores answer and other clients use to read chats:
 * {@code /_get chats}, {@code /_get chat}, {@code /_read chat}, {@code /_info}, {@code /_set alias}.
 */
final class ChatCommands {
    private final Core core;

    ChatCommands(Core core) {
        this.core = core;
    }

    /** {@code apiChats}: every chat with its last item, as the core's chat previews. */
    ObjectNode chats(APIGetChats c) {
        User user = core.user(c.userId());
        ArrayNode chats = Json.MAPPER.createArrayNode();
        for (Contact contact : user.contacts.values()) {
            if (!"deletedByUser".equals(contact.status)) chats.add(chat(user, ChatKey.direct(contact.contactId), last(user, ChatKey.direct(contact.contactId), 1)));
        }
        for (Group g : user.groups.values()) chats.add(chat(user, ChatKey.group(g.groupId), last(user, ChatKey.group(g.groupId), 1)));
        if (c.pendingConnections()) {
            user.pending.values().forEach(p -> {
                ObjectNode info = Encoding.tag("contactConnection");
                info.set("contactConnection", core.shapes.contacts().pending(p));
                chats.add(aChat(info, Json.MAPPER.createArrayNode(), 0));
            });
        }
        ObjectNode resp = core.resp("apiChats", user);
        resp.set("chats", chats);
        return resp;
    }

    /** {@code apiChat}: one chat with the requested page of items, oldest first. */
    ObjectNode chat(APIGetChat c) {
        User user = core.active();
        ChatKey chat = Chats.ref(user, c.chatRef());
        if (c.count() <= 0) throw SimError.commandError("Failed reading: count must be positive");
        List<Item> items = items(user, chat);
        if (c.before() != null) items = items.stream().filter(i -> i.itemId < c.before()).toList();
        if (c.after() != null) items = items.stream().filter(i -> i.itemId > c.after()).toList();
        if (c.search() != null) items = items.stream().filter(i -> i.text().contains(c.search())).toList();
        items = c.after() != null ? items.subList(0, Math.min(c.count(), items.size()))
                : items.subList(Math.max(0, items.size() - c.count()), items.size());
        ObjectNode resp = core.resp("apiChat", user);
        resp.set("chat", chat(user, chat, items));
        return resp;
    }

    /** {@code cmdOk}: every received item of the chat is marked read. */
    ObjectNode read(APIChatRead c) {
        User user = core.active();
        ChatKey chat = Chats.ref(user, c.chatRef());
        for (Item item : items(user, chat)) {
            if (!item.sent && "rcvNew".equals(item.status.path("type").asString(""))) item.status = Encoding.tag("rcvRead");
        }
        return Json.object().put("type", "cmdOk");
    }

    ObjectNode contactInfo(APIContactInfo c) {
        User user = core.active();
        Contact contact = user.contact(c.contactId());
        ObjectNode resp = core.resp("contactInfo", user);
        resp.set("contact", core.shapes.contacts().contact(user, contact));
        resp.set("connectionStats_", connectionStats());
        return resp;
    }

    ObjectNode memberInfo(APIGroupMemberInfo c) {
        User user = core.active();
        Group g = user.group(c.groupId());
        Member m = g.member(c.groupMemberId()).orElseThrow(() -> SimError.store("groupMemberNotFound", "groupMemberId", c.groupMemberId()));
        ObjectNode resp = core.resp("groupMemberInfo", user);
        resp.set("groupInfo", core.shapes.groups().groupInfo(g));
        resp.set("member", core.shapes.groups().member(m));
        if (m.peer != null) resp.set("connectionStats_", connectionStats());
        return resp;
    }

    ObjectNode setAlias(APISetContactAlias c) {
        User user = core.active();
        Contact contact = user.contact(c.contactId());
        contact.localAlias = c.localAlias() == null ? "" : c.localAlias().strip();
        contact.updatedAt = core.world.now();
        ObjectNode resp = core.resp("contactAliasUpdated", user);
        resp.set("toContact", core.shapes.contacts().contact(user, contact));
        return resp;
    }

    private ObjectNode chat(User user, ChatKey chat, List<Item> items) {
        ArrayNode list = Json.MAPPER.createArrayNode();
        for (Item item : items) list.add(core.shapes.items().chatItem(user, item));
        long unread = items(user, chat).stream().filter(i -> "rcvNew".equals(i.status == null ? "" : i.status.path("type").asString(""))).count();
        return aChat(core.shapes.items().chatInfo(user, chat), list, unread);
    }

    private static ObjectNode aChat(ObjectNode chatInfo, ArrayNode chatItems, long unread) {
        ObjectNode n = Json.object();
        n.set("chatInfo", chatInfo);
        n.set("chatItems", chatItems);
        n.set("chatStats", Json.object().put("unreadCount", unread).put("reportsCount", 0).put("minUnreadItemId", 0).put("unreadChat", false));
        return n;
    }

    private static List<Item> items(User user, ChatKey chat) {
        List<Item> out = new ArrayList<>();
        for (Item item : user.items.values()) {
            if (item.chat.equals(chat)) out.add(item);
        }
        return out;
    }

    private static List<Item> last(User user, ChatKey chat, int count) {
        List<Item> all = items(user, chat);
        return all.subList(Math.max(0, all.size() - count), all.size());
    }

    /** The agent's view of a working connection: one queue each way, ratchet in sync. */
    private static ObjectNode connectionStats() {
        ObjectNode queue = Json.object().put("rcvServer", "smp://simulated@localhost").put("status", "active").put("canAbortSwitch", false);
        ObjectNode n = Json.object().put("connAgentVersion", 7);
        n.set("rcvQueuesInfo", Json.MAPPER.createArrayNode().add(queue));
        n.set("sndQueuesInfo", Json.MAPPER.createArrayNode().add(Json.object().put("sndServer", "smp://simulated@localhost").put("canAbortSwitch", false)));
        n.put("ratchetSyncState", "ok").put("ratchetSyncSupported", true);
        return n;
    }
}
