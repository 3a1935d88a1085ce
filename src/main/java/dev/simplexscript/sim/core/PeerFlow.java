package dev.simplexscript.sim.core;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.protocol.syntax.ReactionEmoji;
import dev.simplexscript.sim.json.Encoding;
import dev.simplexscript.sim.world.ChatKey;
import dev.simplexscript.sim.world.FileTransfer;
import dev.simplexscript.sim.world.Group;
import dev.simplexscript.sim.world.Ids;
import dev.simplexscript.sim.world.Item;
import dev.simplexscript.sim.world.Member;
import dev.simplexscript.sim.world.Peer;
import dev.simplexscript.sim.world.Role;
import dev.simplexscript.sim.world.User;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/** What a person does in a chat with the user: messages, files, edits, deletions, reactions (§6.2). */
public final class PeerFlow {
    private final Core core;
    private final MessageFlow messages;

    public PeerFlow(Core core, MessageFlow messages) {
        this.core = core;
        this.messages = messages;
    }

    /** A message from the person arrives: {@code newChatItems} with {@code rcvMsgContent}. */
    public Item receive(User user, ChatKey chat, Peer peer, ObjectNode msgContent, Long quotedItemId,
            Map<String, Long> mentions, String fileName, byte[] fileContent) {
        Member author = author(user, chat, peer);
        if (quotedItemId != null && user.item(chat, quotedItemId).isService()) {
            throw new IllegalArgumentException("item " + quotedItemId + " is a service item, not a message to quote");
        }
        Item item = new Item(core.world.ids.next(Ids.Kind.ITEM), chat, false, author, msgContent.deepCopy(), core.world.now());
        item.status = Encoding.tag("rcvNew");
        item.quotedItemId = quotedItemId;
        item.mentions = Json.object();
        if (chat.group() && mentions != null) {
            Group g = user.group(chat.id());
            mentions.forEach((name, memberId) -> {
                Member m = memberId == g.membership.groupMemberId ? g.membership
                        : g.member(memberId).orElseThrow(() -> new IllegalArgumentException("no member " + memberId));
                ObjectNode mention = Json.object().put("memberId", m.memberId);
                mention.set("memberRef", Json.object().put("groupMemberId", m.groupMemberId)
                        .put("displayName", m.profile.displayName()).put("memberRole", m.role.wire()));
                item.mentions.set(name, mention);
                if (m == g.membership) item.userMention = true;
            });
        }
        if (fileName != null) {
            item.file = new FileTransfer(core.world.ids.next(Ids.Kind.FILE), fileName, fileContent, false, "rcvInvitation");
        }
        user.items.put(item.itemId, item);
        messages.touch(user, chat);
        messages.announce(user, List.of(item));
        return item;
    }

    /**
     * The person reports a message of a group to its moderators: a {@code report} message quoting
     * it. Refused as the core refuses it: where the group's {@code reports} preference is off,
     * from moderators, or to a user who is not one (they would not receive it).
     */
    public Item report(User user, Group g, Peer peer, long itemId, ObjectNode report) {
        ChatKey chat = ChatKey.group(g.groupId);
        Item reported = user.item(chat, itemId);
        if (reported.isService() || reported.deleted != null) throw new IllegalArgumentException("item " + itemId + " is not a message to report");
        if (!core.shapes.groups().groupInfo(g).path("fullGroupPreferences").path("reports").path("enable").asString("").equals("on")) {
            throw new IllegalStateException("reports are off in " + g.localDisplayName);
        }
        Member reporter = author(user, chat, peer);
        if (reporter.role.atLeast(Role.MODERATOR)) throw new IllegalStateException(peer.name() + " is a moderator: moderators moderate, they do not report");
        if (!g.membership.role.atLeast(Role.MODERATOR)) {
            throw new IllegalStateException(user.name() + " is not a moderator of " + g.localDisplayName + ", so reports do not reach it");
        }
        return receive(user, chat, peer, report, itemId, null, null, null);
    }

    private Member author(User user, ChatKey chat, Peer peer) {
        if (!chat.group()) {
            if (!user.contact(chat.id()).ready()) throw new IllegalStateException(peer.name() + " is not connected to " + user.name());
            return null;
        }
        Group g = user.group(chat.id());
        Member m = g.memberOf(peer).filter(Member::active)
                .orElseThrow(() -> new IllegalStateException(peer.name() + " is not a connected member of " + g.localDisplayName));
        if (g.host == peer && !g.membership.active()) throw new IllegalStateException(user.name() + " has not joined " + g.localDisplayName);
        return m;
    }

    private Item own(User user, ChatKey chat, Peer peer, long itemId) {
        Item item = user.item(chat, itemId);
        if (item.sent || item.isService() || (chat.group() && item.author.peer != peer)) {
            throw new IllegalArgumentException(peer.name() + " did not send item " + itemId);
        }
        return item;
    }

    /** The person edits their message: {@code chatItemUpdated}. */
    public void edit(User user, ChatKey chat, Peer peer, long itemId, ObjectNode msgContent) {
        Item item = own(user, chat, peer, itemId);
        item.msgContent = msgContent.deepCopy();
        item.edited = true;
        item.updatedAt = core.world.now();
        ObjectNode event = core.resp("chatItemUpdated", user);
        event.set("chatItem", core.shapes.items().aChatItem(user, item));
        core.emit(event);
    }

    /** The person deletes their message for everyone: the user keeps it marked deleted. */
    public void delete(User user, ChatKey chat, Peer peer, long itemId) {
        Item item = own(user, chat, peer, itemId);
        ObjectNode before = core.shapes.items().aChatItem(user, item);
        MessageFlow.markDeleted(core, item);
        ObjectNode event = core.resp("chatItemsDeleted", user);
        event.set("chatItemDeletions", Json.MAPPER.createArrayNode().add(core.shapes.items().deletion(user, before, item)));
        event.put("byUser", false).put("timed", false);
        core.emit(event);
    }

    /** The person reacts to an item: {@code chatItemReaction}. */
    public void react(User user, ChatKey chat, Peer peer, long itemId, String emoji, boolean add) {
        if (!ReactionEmoji.ALLOWED.contains(emoji)) throw new IllegalArgumentException("not an allowed reaction: " + emoji);
        Item item = user.item(chat, itemId);
        if (item.isService()) throw new IllegalArgumentException("item " + itemId + " is a service item, not a message to react to");
        ObjectNode reaction = Json.object().put("type", "emoji").put("emoji", emoji);
        Item.Reactions r = item.reactions.computeIfAbsent(Json.write(reaction), k -> new Item.Reactions(reaction));
        if (add) r.byPeers.add(peer.name());
        else r.byPeers.remove(peer.name());
        ObjectNode dir;
        if (chat.group()) {
            dir = Encoding.tag("groupRcv");
            dir.set("groupMember", core.shapes.groups().member(author(user, chat, peer)));
        } else {
            dir = Encoding.tag("directRcv");
        }
        ObjectNode event = core.resp("chatItemReaction", user);
        event.put("added", add);
        event.set("reaction", core.shapes.items().reaction(user, item, dir, reaction, core.world.now()));
        core.emit(event);
    }
}
