package dev.simplexscript.sim.json;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.sim.world.ChatKey;
import dev.simplexscript.sim.world.FileTransfer;
import dev.simplexscript.sim.world.Item;
import dev.simplexscript.sim.world.User;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code AChatItem}, {@code ChatInfo}, {@code ChatItem}, {@code CIFile}, reactions and deletions (§7.7, §7.8). */
public final class ItemShapes {
    private final Encoding wire;
    private final ContactShapes contacts;
    private final GroupShapes groups;

    public ItemShapes(Encoding wire, ContactShapes contacts, GroupShapes groups) {
        this.wire = wire;
        this.contacts = contacts;
        this.groups = groups;
    }

    public ObjectNode chatInfo(User user, ChatKey chat) {
        if (chat.group()) {
            ObjectNode n = Encoding.tag("group");
            n.set("groupInfo", groups.groupInfo(user.group(chat.id())));
            return n;
        }
        ObjectNode n = Encoding.tag("direct");
        n.set("contact", contacts.contact(user, user.contact(chat.id())));
        return n;
    }

    public ObjectNode aChatItem(User user, Item item) {
        ObjectNode n = Json.object();
        n.set("chatInfo", chatInfo(user, item.chat));
        n.set("chatItem", chatItem(user, item));
        return n;
    }

    public ArrayNode aChatItems(User user, Iterable<Item> items) {
        ArrayNode list = Json.MAPPER.createArrayNode();
        for (Item item : items) list.add(aChatItem(user, item));
        return list;
    }

    public ObjectNode chatItem(User user, Item item) {
        ObjectNode n = Json.object();
        n.set("chatDir", direction(item));
        n.set("meta", meta(item));
        if (item.isService()) {
            n.set("content", item.service.deepCopy());
        } else {
            ObjectNode content = Encoding.tag(item.sent ? "sndMsgContent" : "rcvMsgContent");
            content.set("msgContent", item.msgContent.deepCopy());
            n.set("content", content);
        }
        n.set("mentions", item.mentions == null ? Json.object() : item.mentions.deepCopy());
        if (item.quotedItemId != null) n.set("quotedItem", quote(user, item.quotedItemId));
        n.set("reactions", reactions(item));
        if (item.file != null) n.set("file", file(item.file));
        return n;
    }

    private ObjectNode direction(Item item) {
        if (!item.chat.group()) return Encoding.tag(item.sent ? "directSnd" : "directRcv");
        if (item.sent) return Encoding.tag("groupSnd");
        ObjectNode n = Encoding.tag("groupRcv");
        n.set("groupMember", groups.member(item.author));
        return n;
    }

    private ObjectNode meta(Item item) {
        boolean deleted = item.deleted != null;
        ObjectNode n = Json.object()
                .put("itemId", item.itemId)
                .put("itemTs", Encoding.time(item.itemTs))
                .put("itemText", item.text());
        n.set("itemStatus", item.status.deepCopy());
        if (item.sent && !item.status.path("type").asString().equals("sndNew")) n.put("sentViaProxy", false);
        if (item.sharedMsgId != null) n.put("itemSharedMsgId", item.sharedMsgId);
        if (deleted) n.set("itemDeleted", item.deleted.deepCopy());
        n.put("itemEdited", item.edited);
        if (item.ttl != null) {
            n.set("itemTimed", Json.object().put("ttl", item.ttl)
                    .put("deleteAt", Encoding.time(item.itemTs.plusSeconds(item.ttl))));
        }
        if (item.live) n.put("itemLive", true);
        n.put("userMention", item.userMention);
        if (wire.v65()) n.put("hasLink", item.text().contains("://"));
        n.put("deletable", !deleted)
                .put("editable", item.sent && !deleted && item.file == null && !item.isService())
                .put("showGroupAsSender", false)
                .put("createdAt", Encoding.time(item.createdAt))
                .put("updatedAt", Encoding.time(item.updatedAt));
        return n;
    }

    private ObjectNode quote(User user, long quotedItemId) {
        Item quoted = user.items.get(quotedItemId);
        ObjectNode n = Json.object();
        if (quoted == null) {
            // The quoted item was deleted since: the core keeps what it knew, without a direction.
            n.put("itemId", quotedItemId).put("sentAt", Encoding.time(java.time.Instant.EPOCH));
            n.set("content", Json.object().put("type", "text").put("text", ""));
            return n;
        }
        n.set("chatDir", direction(quoted));
        n.put("itemId", quoted.itemId).put("sharedMsgId", quoted.sharedMsgId).put("sentAt", Encoding.time(quoted.itemTs));
        n.set("content", quoted.msgContent.deepCopy());
        return n;
    }

    private static ArrayNode reactions(Item item) {
        ArrayNode list = Json.MAPPER.createArrayNode();
        item.reactions.values().stream().filter(r -> r.total() > 0).forEach(r -> {
            ObjectNode n = Json.object();
            n.set("reaction", r.reaction.deepCopy());
            n.put("userReacted", r.byUser).put("totalReacted", r.total());
            list.add(n);
        });
        return list;
    }

    public static ObjectNode file(FileTransfer f) {
        ObjectNode n = Json.object().put("fileId", f.fileId).put("fileName", f.fileName).put("fileSize", f.fileSize);
        if (f.path != null) n.set("fileSource", Json.object().put("filePath", f.path.toString()));
        n.set("fileStatus", Encoding.tag(f.status));
        n.put("fileProtocol", "xftp");
        return n;
    }

    /** {@code ACIReaction}: who reacted ({@code chatDir}), to which item, with what. */
    public ObjectNode reaction(User user, Item item, ObjectNode reactorDir, ObjectNode reaction, java.time.Instant at) {
        ObjectNode n = Json.object();
        n.set("chatInfo", chatInfo(user, item.chat));
        ObjectNode r = Json.object();
        r.set("chatDir", reactorDir);
        r.set("chatItem", chatItem(user, item));
        r.put("sentAt", Encoding.time(at));
        r.set("reaction", reaction.deepCopy());
        n.set("chatReaction", r);
        return n;
    }

    /** The direction of a reaction or action by the user ({@code directSnd}/{@code groupSnd}). */
    public static ObjectNode userDir(ChatKey chat) {
        return Encoding.tag(chat.group() ? "groupSnd" : "directSnd");
    }

    /** {@code ChatItemDeletion}: the item before, and after when it is kept as marked deleted. */
    public ObjectNode deletion(User user, ObjectNode before, Item after) {
        ObjectNode n = Json.object();
        n.set("deletedChatItem", before);
        if (after != null) n.set("toChatItem", aChatItem(user, after));
        return n;
    }
}
