package dev.simplexscript.sim.world;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * A chat item in a direct chat or a group, as the user stores it: a message ({@link #msgContent}),
 * or a service item the core adds by itself ({@link #service}: the chat banner, end-to-end
 * encryption info, feature items, group events).
 */
public final class Item {
    public final long itemId;
    public final ChatKey chat;
    /** True when the user sent it. */
    public final boolean sent;
    /** The group member who sent it (received group items only). */
    public final Member author;
    /**
     * The id of the message that made it; null for the service items a core adds by itself, set
     * for those a member's message made (e.g. {@code rcvGroupEvent memberRole}).
     */
    public final String sharedMsgId;
    public final Instant itemTs;
    public final Instant createdAt;
    /** The message's {@code MsgContent}; null for a service item. */
    public ObjectNode msgContent;
    /** A service item's whole {@code CIContent} (e.g. {@code {"type":"rcvDirectE2EEInfo",...}}); null for a message. */
    public final ObjectNode service;
    /** A service item's {@code itemText}. */
    private final String serviceText;
    /** {@code CIMention} objects by the name used in the text. */
    public ObjectNode mentions;
    public boolean userMention;
    public Long quotedItemId;
    public FileTransfer file;
    /** {@code CIStatus} JSON. */
    public ObjectNode status;
    public boolean edited;
    /** {@code CIDeleted} JSON once marked deleted or moderated. */
    public ObjectNode deleted;
    public boolean live;
    public Integer ttl;
    public Instant updatedAt;
    /** Reactions by emoji: who reacted. */
    public final Map<String, Reactions> reactions = new LinkedHashMap<>();

    public Item(long itemId, ChatKey chat, boolean sent, Member author, ObjectNode msgContent, Instant now) {
        this(itemId, chat, sent, author, msgContent, null, null, Ids.opaque("msg" + itemId), now, now);
    }

    private Item(long itemId, ChatKey chat, boolean sent, Member author, ObjectNode msgContent, ObjectNode service,
            String serviceText, String sharedMsgId, Instant itemTs, Instant now) {
        this.itemId = itemId;
        this.chat = chat;
        this.sent = sent;
        this.author = author;
        this.msgContent = msgContent;
        this.service = service;
        this.serviceText = serviceText;
        this.sharedMsgId = sharedMsgId;
        this.itemTs = itemTs;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A service item the core added by itself, with this {@code CIContent} and {@code itemText}, shown at {@code itemTs}. */
    public static Item service(long itemId, ChatKey chat, boolean sent, Member author, ObjectNode content, String text,
            Instant itemTs, Instant now) {
        return new Item(itemId, chat, sent, author, null, content, text, null, itemTs, now);
    }

    /** A service item made from a member's group message (its {@code sharedMsgId} is the message's). */
    public static Item received(long itemId, ChatKey chat, Member author, ObjectNode content, String text, Instant now) {
        return new Item(itemId, chat, false, author, null, content, text, Ids.opaque("msg" + itemId), now, now);
    }

    public boolean isService() {
        return service != null;
    }

    public String text() {
        return msgContent == null ? serviceText : msgContent.path("text").asString("");
    }

    /** Who reacted with one emoji. */
    public static final class Reactions {
        public final ObjectNode reaction;
        public boolean byUser;
        public final java.util.Set<String> byPeers = new java.util.LinkedHashSet<>();

        public Reactions(ObjectNode reaction) {
            this.reaction = reaction;
        }

        public int total() {
            return byPeers.size() + (byUser ? 1 : 0);
        }
    }
}
