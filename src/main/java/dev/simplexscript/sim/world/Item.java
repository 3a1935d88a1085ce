package dev.simplexscript.sim.world;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/** A chat item in a direct chat or a group, as the user stores it. */
public final class Item {
    public final long itemId;
    public final ChatKey chat;
    /** True when the user sent it. */
    public final boolean sent;
    /** The group member who sent it (received group items only). */
    public final Member author;
    public final String sharedMsgId;
    public final Instant itemTs;
    public final Instant createdAt;
    public ObjectNode msgContent;
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
        this.itemId = itemId;
        this.chat = chat;
        this.sent = sent;
        this.author = author;
        this.msgContent = msgContent;
        this.sharedMsgId = Ids.opaque("msg" + itemId);
        this.itemTs = now;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public String text() {
        return msgContent.path("text").asString("");
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
