package dev.simplexscript.sim.core;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.protocol.syntax.CommandSpec;
import dev.simplexscript.sim.json.Encoding;
import dev.simplexscript.sim.world.ChatKey;
import dev.simplexscript.sim.world.Contact;
import dev.simplexscript.sim.world.FileTransfer;
import dev.simplexscript.sim.world.Group;
import dev.simplexscript.sim.world.Ids;
import dev.simplexscript.sim.world.Item;
import dev.simplexscript.sim.world.Member;
import dev.simplexscript.sim.world.Role;
import dev.simplexscript.sim.world.SimError;
import dev.simplexscript.sim.world.User;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Chat items the user sends: checks, storage, delivery to people and the status events. */
public final class MessageFlow {
    private final Core core;

    public MessageFlow(Core core) {
        this.core = core;
    }

    /**
     * Sends composed messages to a chat and returns the stored items (status {@code sndNew}). The
     * status events follow once the current step's response is out.
     */
    public List<Item> send(User user, ChatKey chat, JsonNode composedMessages, boolean live, Integer ttl) {
        checkCanSend(user, chat);
        List<Prepared> prepared = new ArrayList<>();
        for (JsonNode composed : composedMessages) prepared.add(prepare(user, chat, composed));
        List<Item> items = new ArrayList<>();
        for (Prepared p : prepared) items.add(store(user, chat, p, live, ttl));
        return items;
    }

    /** After the response: delivery to the people, then {@code sndSent} and {@code sndRcvd}. */
    public void deliver(User user, List<Item> items) {
        for (Item item : items) {
            ObjectNode details = Json.object();
            details.set("msgContent", item.msgContent);
            if (item.quotedItemId != null) details.put("quotedItemId", item.quotedItemId);
            if (item.file != null) {
                details.put("fileName", item.file.fileName)
                        .put("fileContent", Base64.getEncoder().encodeToString(item.file.content));
            }
            if (item.mentions != null && !item.mentions.isEmpty()) details.set("mentions", item.mentions);
            Chats.tell(user, item.chat, "message", item.itemId, item.text(), details);
        }
        updateStatus(user, items, Encoding.tag("sndSent").put("sndProgress", "complete"));
        updateStatus(user, items, Encoding.tag("sndRcvd").put("msgRcptStatus", "ok").put("sndProgress", "complete"));
        for (Item item : items) {
            if (item.file == null) continue;
            item.file.status = "sndComplete";
            ObjectNode done = core.resp("sndFileCompleteXFTP", user);
            done.set("chatItem", core.shapes.items().aChatItem(user, item));
            done.set("fileTransferMeta", dev.simplexscript.sim.json.FileShapes.fileTransferMeta(item.file));
            core.emit(done);
        }
    }

    private void updateStatus(User user, List<Item> items, ObjectNode status) {
        items.forEach(i -> i.status = status.deepCopy());
        ObjectNode event = core.resp("chatItemsStatusesUpdated", user);
        event.set("chatItems", core.shapes.items().aChatItems(user, items));
        core.emit(event);
    }

    private void checkCanSend(User user, ChatKey chat) {
        if (chat.group()) {
            Group g = user.group(chat.id());
            if (!g.membership.current()) throw SimError.chat("groupMemberUserRemoved");
            if (!g.membership.active()) {
                ObjectNode fields = Json.object();
                fields.set("groupInfo", core.shapes.groups().groupInfo(g));
                throw SimError.chat("groupNotJoined", fields);
            }
            Chats.requireRole(core, g, Role.AUTHOR);
        } else {
            Contact c = user.contact(chat.id());
            if (!c.ready()) {
                ObjectNode fields = Json.object();
                fields.set("contact", core.shapes.contacts().contact(user, c));
                throw SimError.chat("contactNotReady", fields);
            }
        }
    }

    private record Prepared(ObjectNode msgContent, Long quotedItemId, ObjectNode mentions, FileTransfer file) {}

    private Prepared prepare(User user, ChatKey chat, JsonNode composed) {
        JsonNode content = composed.path("msgContent");
        if (!content.isObject() || !content.path("type").isString()) {
            throw SimError.commandError("Failed reading: msgContent must be an object with a type");
        }
        Long quoted = null;
        if (composed.hasNonNull("quotedItemId")) {
            quoted = composed.get("quotedItemId").asLong();
            if (user.item(chat, quoted).isService()) throw SimError.chat("invalidQuote");
        }
        ObjectNode mentions = mentions(user, chat, composed.path("mentions"));
        if (encodedSize(composed) > CommandSpec.MAX_MESSAGE_BYTES) throw SimError.store("largeMsg");
        FileTransfer file = readFile(composed);
        return new Prepared((ObjectNode) content.deepCopy(), quoted, mentions, file);
    }

    /**
     * Size of the message as the core would encode it for the chat protocol ({@code x.msg.new}
     * with the content, quote reference and file invitation), which must fit 15,602 bytes (§2.8).
     */
    static int encodedSize(JsonNode composed) {
        ObjectNode params = Json.object();
        params.set("content", composed.path("msgContent"));
        if (composed.hasNonNull("quotedItemId")) params.put("quote", Ids.opaque("quote"));
        ObjectNode msg = Json.object().put("v", "1-16").put("msgId", Ids.opaque("msg")).put("event", "x.msg.new");
        msg.set("params", params);
        return Json.write(msg).getBytes(StandardCharsets.UTF_8).length;
    }

    private ObjectNode mentions(User user, ChatKey chat, JsonNode requested) {
        ObjectNode out = Json.object();
        if (!chat.group() || !requested.isObject()) return out;
        Group g = user.group(chat.id());
        for (Map.Entry<String, JsonNode> e : requested.properties()) {
            long memberId = e.getValue().asLong();
            Member m = g.member(memberId).filter(Member::current)
                    .orElseThrow(() -> SimError.store("invalidMention"));
            ObjectNode mention = Json.object().put("memberId", m.memberId);
            mention.set("memberRef", Json.object().put("groupMemberId", m.groupMemberId)
                    .put("displayName", m.profile.displayName()).put("memberRole", m.role.wire()));
            out.set(e.getKey(), mention);
        }
        return out;
    }

    private FileTransfer readFile(JsonNode composed) {
        String path = composed.path("fileSource").path("filePath").asString(composed.path("filePath").asString(null));
        if (path == null) return null;
        Path file = Path.of(path);
        try {
            byte[] bytes = Files.readAllBytes(file);
            FileTransfer t = new FileTransfer(core.world.ids.next(Ids.Kind.FILE), file.getFileName().toString(), bytes, true, "sndStored");
            t.path = file;
            return t;
        } catch (IOException e) {
            throw SimError.chat("fileNotFound", Json.object().put("message", "cannot read " + path + ": " + e.getMessage()));
        }
    }

    private Item store(User user, ChatKey chat, Prepared p, boolean live, Integer ttl) {
        Item item = new Item(core.world.ids.next(Ids.Kind.ITEM), chat, true, null, p.msgContent(), core.world.now());
        item.status = Encoding.tag("sndNew");
        item.quotedItemId = p.quotedItemId();
        item.mentions = p.mentions();
        item.file = p.file();
        item.live = live;
        item.ttl = ttl;
        user.items.put(item.itemId, item);
        touch(user, chat);
        return item;
    }

    /** Marks a chat as active now and its contact as used, as sending or receiving does. */
    void touch(User user, ChatKey chat) {
        if (chat.group()) {
            user.group(chat.id()).chatTs = core.world.now();
        } else {
            Contact c = user.contact(chat.id());
            c.chatTs = core.world.now();
            c.used = true;
        }
    }

    /** The {@code newChatItems} event for items the user did not ask for (received or welcome). */
    public void announce(User user, List<Item> items) {
        ObjectNode event = core.resp("newChatItems", user);
        event.set("chatItems", core.shapes.items().aChatItems(user, items));
        core.emit(event);
    }

    /** Removes items from the store (internal deletion, chat clearing). */
    static void removeAll(User user, ChatKey chat) {
        for (Iterator<Item> it = user.items.values().iterator(); it.hasNext(); ) {
            if (it.next().chat.equals(chat)) it.remove();
        }
    }

    static ObjectNode markDeleted(Core core, Item item) {
        ObjectNode deleted = Encoding.tag("deleted").put("deletedTs", Encoding.time(core.world.now()))
                .put("chatType", item.chat.group() ? "group" : "direct");
        item.deleted = deleted;
        item.updatedAt = core.world.now();
        return deleted;
    }
}
