package dev.simplexscript.sim.core;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.sim.json.ItemShapes;
import dev.simplexscript.sim.json.Encoding;
import dev.simplexscript.sim.world.ChatKey;
import dev.simplexscript.sim.world.Group;
import dev.simplexscript.sim.world.Item;
import dev.simplexscript.sim.world.Role;
import dev.simplexscript.sim.world.SimError;
import dev.simplexscript.sim.world.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Message commands (§4.1 6–10): send, update, delete, moderate, react. */
final class MessageCommands {
    private final Core core;
    private final MessageFlow flow;
    private final AfterResponse after;

    MessageCommands(Core core, MessageFlow flow, AfterResponse after) {
        this.core = core;
        this.flow = flow;
        this.after = after;
    }

    void register(Map<String, Handler> handlers) {
        handlers.put("APISendMessages", this::send);
        handlers.put("APIUpdateChatItem", this::update);
        handlers.put("APIDeleteChatItem", this::delete);
        handlers.put("APIDeleteMemberChatItem", this::deleteMemberItems);
        handlers.put("APIChatItemReaction", this::react);
    }

    private ObjectNode send(ObjectNode p) {
        User user = core.active();
        ChatKey chat = Chats.ref(user, p.path("sendRef"));
        Integer ttl = p.hasNonNull("ttl") ? p.get("ttl").asInt() : null;
        List<Item> items = flow.send(user, chat, p.path("composedMessages"), p.path("liveMessage").asBoolean(false), ttl);
        ObjectNode resp = core.resp("newChatItems", user);
        resp.set("chatItems", core.shapes.items().aChatItems(user, items));
        after.then(() -> flow.deliver(user, items));
        return resp;
    }

    private ObjectNode update(ObjectNode p) {
        User user = core.active();
        ChatKey chat = Chats.ref(user, p.path("chatRef"));
        Item item = user.item(chat, p.path("chatItemId").asLong());
        if (!item.sent || item.deleted != null || item.file != null) throw SimError.chat("invalidChatItemUpdate");
        JsonNode content = p.path("updatedMessage").path("msgContent");
        if (!content.isObject()) throw SimError.commandError("Failed reading: updatedMessage.msgContent must be an object");
        if (MessageFlow.encodedSize(p.path("updatedMessage")) > dev.simplexscript.protocol.syntax.CommandSpec.MAX_MESSAGE_BYTES) {
            throw SimError.store("largeMsg");
        }
        if (content.equals(item.msgContent)) {
            ObjectNode resp = core.resp("chatItemNotChanged", user);
            resp.set("chatItem", core.shapes.items().aChatItem(user, item));
            return resp;
        }
        item.msgContent = (ObjectNode) content.deepCopy();
        item.edited = true;
        item.live = p.path("liveMessage").asBoolean(false);
        item.updatedAt = core.world.now();
        ObjectNode resp = core.resp("chatItemUpdated", user);
        resp.set("chatItem", core.shapes.items().aChatItem(user, item));
        after.then(() -> Chats.tell(user, chat, "edited", item.itemId, item.text(), item.msgContent));
        return resp;
    }

    private ObjectNode delete(ObjectNode p) {
        User user = core.active();
        ChatKey chat = Chats.ref(user, p.path("chatRef"));
        String mode = p.path("deleteMode").asString();
        List<Item> items = items(user, chat, p.path("chatItemIds"));
        if (mode.equals("broadcast") && items.stream().anyMatch(i -> !i.sent || i.deleted != null)) {
            throw SimError.chat("invalidChatItemDelete");
        }
        ArrayNode deletions = Json.MAPPER.createArrayNode();
        for (Item item : items) {
            ObjectNode before = core.shapes.items().aChatItem(user, item);
            Item after = null;
            if (mode.equals("internal")) {
                user.items.remove(item.itemId);
            } else {
                MessageFlow.markDeleted(core, item);
                after = item;
            }
            deletions.add(core.shapes.items().deletion(user, before, after));
            if (mode.equals("broadcast")) {
                this.after.then(() -> Chats.tell(user, chat, "deleted", item.itemId, item.text(), null));
            }
        }
        return deletedResp(user, deletions);
    }

    private ObjectNode deleteMemberItems(ObjectNode p) {
        User user = core.active();
        Group g = user.group(p.path("groupId").asLong());
        ChatKey chat = ChatKey.group(g.groupId);
        List<Item> items = items(user, chat, p.path("chatItemIds"));
        Chats.requireRole(core, g, Role.MODERATOR);
        for (Item item : items) {
            Role authorRole = item.sent ? g.membership.role : item.author.role;
            if (!item.sent && authorRole.compareTo(g.membership.role) > 0) Chats.requireRole(core, g, authorRole);
        }
        ArrayNode deletions = Json.MAPPER.createArrayNode();
        for (Item item : items) {
            ObjectNode before = core.shapes.items().aChatItem(user, item);
            ObjectNode moderated = Encoding.tag("moderated").put("deletedTs", Encoding.time(core.world.now()));
            moderated.set("byGroupMember", core.shapes.groups().member(g.membership));
            item.deleted = moderated;
            item.updatedAt = core.world.now();
            deletions.add(core.shapes.items().deletion(user, before, item));
            after.then(() -> Chats.tell(user, chat, "deleted", item.itemId, item.text(), null));
        }
        return deletedResp(user, deletions);
    }

    private ObjectNode deletedResp(User user, ArrayNode deletions) {
        ObjectNode resp = core.resp("chatItemsDeleted", user);
        resp.set("chatItemDeletions", deletions);
        resp.put("byUser", true).put("timed", false);
        return resp;
    }

    private static List<Item> items(User user, ChatKey chat, JsonNode ids) {
        List<Item> items = new ArrayList<>();
        for (JsonNode id : ids) items.add(user.item(chat, id.asLong()));
        return items;
    }

    private ObjectNode react(ObjectNode p) {
        User user = core.active();
        ChatKey chat = Chats.ref(user, p.path("chatRef"));
        Item item = user.item(chat, p.path("chatItemId").asLong());
        if (item.deleted != null) throw SimError.store("chatItemNotFound", "itemId", item.itemId);
        ObjectNode reaction = (ObjectNode) p.path("reaction").deepCopy();
        boolean add = p.path("add").asBoolean();
        Item.Reactions r = item.reactions.computeIfAbsent(Json.write(reaction), k -> new Item.Reactions(reaction));
        r.byUser = add;
        ObjectNode resp = core.resp("chatItemReaction", user);
        resp.put("added", add);
        resp.set("reaction", core.shapes.items().reaction(user, item, ItemShapes.userDir(chat), reaction, core.world.now()));
        after.then(() -> Chats.tell(user, chat, "reaction", item.itemId, reaction.path("emoji").asString(""),
                Json.object().put("added", add).set("reaction", reaction)));
        return resp;
    }
}
