package dev.simplexscript.sim.core;

import dev.simplexscript.protocol.command.APIChatItemReaction;
import dev.simplexscript.protocol.command.APIDeleteChatItem;
import dev.simplexscript.protocol.command.APIDeleteMemberChatItem;
import dev.simplexscript.protocol.command.APISendMessages;
import dev.simplexscript.protocol.command.APIUpdateChatItem;
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


    ObjectNode send(APISendMessages c) {
        User user = core.active();
        ChatKey chat = Chats.ref(user, c.sendRef());
        Integer ttl = c.ttl() == null ? null : Math.toIntExact(c.ttl());
        List<Item> items = flow.send(user, chat, c.composedMessages(), c.liveMessage(), ttl);
        ObjectNode resp = core.resp("newChatItems", user);
        resp.set("chatItems", core.shapes.items().aChatItems(user, items));
        after.then(() -> flow.deliver(user, items));
        return resp;
    }

    ObjectNode update(APIUpdateChatItem c) {
        User user = core.active();
        ChatKey chat = Chats.ref(user, c.chatRef());
        Item item = user.item(chat, c.chatItemId());
        if (!item.sent || item.isService() || item.deleted != null || item.file != null) throw SimError.chat("invalidChatItemUpdate");
        JsonNode content = c.updatedMessage().path("msgContent");
        if (!content.isObject()) throw SimError.commandError("Failed reading: updatedMessage.msgContent must be an object");
        if (MessageFlow.encodedSize(c.updatedMessage()) > dev.simplexscript.protocol.syntax.CommandSpec.MAX_MESSAGE_BYTES) {
            throw SimError.store("largeMsg");
        }
        if (content.equals(item.msgContent)) {
            ObjectNode resp = core.resp("chatItemNotChanged", user);
            resp.set("chatItem", core.shapes.items().aChatItem(user, item));
            return resp;
        }
        item.msgContent = (ObjectNode) content.deepCopy();
        item.edited = true;
        item.live = c.liveMessage();
        item.updatedAt = core.world.now();
        ObjectNode resp = core.resp("chatItemUpdated", user);
        resp.set("chatItem", core.shapes.items().aChatItem(user, item));
        after.then(() -> Chats.tell(user, chat, "edited", item.itemId, item.text(), item.msgContent));
        return resp;
    }

    ObjectNode delete(APIDeleteChatItem c) {
        User user = core.active();
        ChatKey chat = Chats.ref(user, c.chatRef());
        String mode = c.deleteMode().wire();
        List<Item> items = items(user, chat, c.chatItemIds());
        if (mode.equals("broadcast") && items.stream().anyMatch(i -> !i.sent || i.isService() || i.deleted != null)) {
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

    ObjectNode deleteMemberItems(APIDeleteMemberChatItem c) {
        User user = core.active();
        Group g = user.group(c.groupId());
        ChatKey chat = ChatKey.group(g.groupId);
        List<Item> items = items(user, chat, c.chatItemIds());
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

    private static List<Item> items(User user, ChatKey chat, List<Long> ids) {
        List<Item> items = new ArrayList<>();
        for (long id : ids) items.add(user.item(chat, id));
        return items;
    }

    ObjectNode react(APIChatItemReaction c) {
        User user = core.active();
        ChatKey chat = Chats.ref(user, c.chatRef());
        Item item = user.item(chat, c.chatItemId());
        if (item.deleted != null) throw SimError.store("chatItemNotFound", "itemId", item.itemId);
        // Shipped cores react through the item's shared message id, which service items lack.
        if (item.isService()) throw SimError.commandError("reaction not possible - no shared item ID");
        ObjectNode reaction = (ObjectNode) c.reaction().deepCopy();
        boolean add = c.add();
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
