package dev.simplexscript.sim.people;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.sim.SimulatedCore;
import dev.simplexscript.sim.core.Engine;
import dev.simplexscript.sim.world.ChatKey;
import dev.simplexscript.sim.world.Contact;
import dev.simplexscript.sim.world.Group;
import dev.simplexscript.sim.world.Link;
import dev.simplexscript.sim.world.Peer;
import dev.simplexscript.sim.world.Role;
import dev.simplexscript.sim.world.Seen;
import dev.simplexscript.sim.world.User;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import tools.jackson.databind.node.ObjectNode;

/**
 * A person on the other side of the bot's chats. Every action runs on the core thread and
 * produces the events a real core would; what the bot does to this person is queued for
 * {@link #next}/{@link #nextMessage}. Ids are the bot's: item ids are those the bot sees, group
 * ids are the bot's group ids.
 */
public final class VirtualPerson implements Peer {
    /** {@code ReportReason} (PROTOCOL.md §7). */
    private static final List<String> REPORT_REASONS = List.of("spam", "content", "community", "profile", "other");
    private final SimulatedCore core;
    private final String name;
    /** Replaced, never changed in place: read from the core thread and the caller's. */
    private volatile ObjectNode profile;
    private final LinkedBlockingQueue<Seen> inbox = new LinkedBlockingQueue<>();
    private final List<Seen> history = new ArrayList<>();
    private volatile long userId;
    private volatile long contactId;

    public VirtualPerson(SimulatedCore core, String name) {
        this.core = core;
        this.name = name;
        this.profile = Json.object().put("displayName", name).put("fullName", "");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ObjectNode profile() {
        return profile.deepCopy();
    }

    @Override
    public void observe(Seen seen) {
        synchronized (history) {
            history.add(seen);
        }
        inbox.add(seen);
    }

    /** The bot's contact id for this person (0 before connecting). */
    public long contactId() {
        return contactId;
    }

    private <T> T act(Function<Engine, T> action) {
        return core.call(action);
    }

    private User user(Engine e) {
        return userId == 0 ? e.core().active() : e.core().world.user(userId);
    }

    private Contact contact(Engine e) {
        if (contactId == 0 && userId != 0) {
            // A request the bot accepted since: the contact exists now.
            e.core().world.user(userId).contactOf(this).ifPresent(c -> contactId = c.contactId);
        }
        if (contactId == 0) throw new IllegalStateException(name + " is not connected to the bot yet");
        return user(e).contact(contactId);
    }

    /**
     * Uses the active user's address: a request, or a contact at once with auto-accept, or a
     * business chat with a business address.
     *
     * @return the chat on the bot's side, {@code @<contactId>} or {@code #<groupId>}; empty while a request waits
     */
    public String connectViaAddress() {
        return act(e -> {
            User user = e.core().active();
            userId = user.userId;
            String chat = e.contacts.viaAddress(user, this);
            user.contactOf(this).ifPresent(c -> contactId = c.contactId);
            return chat;
        });
    }

    /** Uses a link the bot handed out: its address or a one-time invitation. */
    public void connectVia(String link) {
        act(e -> {
            Link l = e.core().world.findLink(link).orElseThrow(() -> new IllegalArgumentException("unknown link " + link));
            User user = e.core().world.user(l.ownerUserId());
            userId = user.userId;
            switch (l.kind()) {
                case ADDRESS -> e.contacts.viaAddress(user, this);
                case INVITATION -> {
                    user.pending.remove(l.targetId());
                    e.core().world.forgetLink(l);
                    e.contacts.viaLink(user, this);
                }
                case GROUP -> throw new IllegalArgumentException("a group link: use joinGroupVia");
            }
            user.contactOf(this).ifPresent(c -> contactId = c.contactId);
            return null;
        });
    }

    /** Refreshes {@link #contactId()} once the bot accepted this person's request. */
    public boolean isContact() {
        return act(e -> {
            var c = userId == 0 ? java.util.Optional.<Contact>empty() : e.core().world.user(userId).contactOf(this);
            c.ifPresent(x -> contactId = x.contactId);
            return c.map(Contact::ready).orElse(false);
        });
    }

    /** A one-time invitation link of this person, for the bot's {@code /_connect}. */
    public String invitationLink() {
        return act(e -> e.core().world.newLink(Link.Kind.INVITATION, 0, 0, this).shortLink());
    }

    /** This person's contact address, for the bot's {@code /_connect}. */
    public String addressLink() {
        return act(e -> e.core().world.newLink(Link.Kind.ADDRESS, 0, 0, this).shortLink());
    }

    /** Sends a text message to the bot; returns its item id on the bot's side. */
    public long send(String text) {
        return sendContent(text(text), null);
    }

    /** Sends a text that quotes (replies to) an item of the chat. */
    public long reply(long quotedItemId, String text) {
        return sendContent(text(text), quotedItemId);
    }

    public long sendContent(ObjectNode msgContent, Long quotedItemId) {
        return act(e -> {
            contact(e);
            return e.peers.receive(user(e), ChatKey.direct(contactId), this, msgContent, quotedItemId, null, null, null).itemId;
        });
    }

    /** Offers a file (a message of type file); the bot receives it with {@code /freceive}. */
    public long sendFile(String fileName, byte[] content, String text) {
        return act(e -> {
            contact(e);
            ObjectNode mc = Json.object().put("type", "file").put("text", text);
            return e.peers.receive(user(e), ChatKey.direct(contactId), this, mc, null, null, fileName, content).itemId;
        });
    }

    public void edit(long itemId, String newText) {
        act(e -> {
            e.peers.edit(user(e), chatOf(e, itemId), this, itemId, text(newText));
            return null;
        });
    }

    public void delete(long itemId) {
        act(e -> {
            e.peers.delete(user(e), chatOf(e, itemId), this, itemId);
            return null;
        });
    }

    public void react(long itemId, String emoji, boolean add) {
        act(e -> {
            e.peers.react(user(e), chatOf(e, itemId), this, itemId, emoji, add);
            return null;
        });
    }

    private ChatKey chatOf(Engine e, long itemId) {
        var item = user(e).items.get(itemId);
        if (item == null) throw new IllegalArgumentException("no chat item " + itemId);
        return item.chat;
    }

    /** Accepts the bot's invitation to a group. */
    public void acceptGroupInvitation(long groupId) {
        act(e -> {
            User user = user(e);
            Group g = user.group(groupId);
            var m = g.memberOf(this).filter(x -> x.status.equals("invited"))
                    .orElseThrow(() -> new IllegalStateException(name + " has no pending invitation to group " + groupId));
            e.groups.memberConnected(user, g, m);
            return null;
        });
    }

    /** Joins one of the bot's groups by its group link; returns the group id. */
    public long joinGroupVia(String link) {
        return act(e -> {
            Link l = e.core().world.findLink(link).filter(x -> x.kind() == Link.Kind.GROUP)
                    .orElseThrow(() -> new IllegalArgumentException("not a group link of the bot: " + link));
            User user = e.core().world.user(l.ownerUserId());
            userId = user.userId;
            Group g = user.groups.values().stream().filter(x -> x.link == l).findFirst().orElseThrow();
            e.groups.joinByPeer(user, g, this);
            return g.groupId;
        });
    }

    /** Creates a group of this person's and invites the bot (a contact) into it; returns the bot's group id. */
    public long inviteBotToGroup(String groupName, Role role) {
        return act(e -> e.groups.invitedByPeer(user(e), contact(e),
                Json.object().put("displayName", groupName).put("fullName", ""), role).groupId);
    }

    /** A link to a group of this person's; the bot joins it with {@code /connect}. */
    public String groupLink(String groupName) {
        return act(e -> e.core().world.newLink(Link.Kind.GROUP, 0, 0, this, groupName).shortLink());
    }

    /** Sends a text to a group; {@code mentions} maps names used in the text to the bot's group member ids. */
    public long sendToGroup(long groupId, String text, Map<String, Long> mentions) {
        return act(e -> e.peers.receive(user(e), ChatKey.group(groupId), this, text(text), null, mentions, null, null).itemId);
    }

    /** Leaves a group (the bot's or their own). */
    public void leaveGroup(long groupId) {
        inGroup(groupId, (e, user, g) -> e.groups.peerLeft(user, g, this));
    }

    /** As host of a group the bot was invited into: changes the bot's role. */
    public void setBotRole(long groupId, Role role) {
        inGroup(groupId, (e, user, g) -> e.groups.userRoleChangedBy(user, g, this, role));
    }

    /** As host: removes the bot from the group. */
    public void removeBot(long groupId) {
        inGroup(groupId, (e, user, g) -> e.groups.userRemovedBy(user, g, this));
    }

    /** As host of a group the bot is in: lets {@code newcomer} in; the bot connects to them. */
    public void addToGroup(long groupId, VirtualPerson newcomer) {
        inGroup(groupId, (e, user, g) -> e.groups.memberIntroduced(user, g, this, newcomer));
    }

    /** As host: changes another member's role. */
    public void setMemberRole(long groupId, VirtualPerson member, Role role) {
        inGroup(groupId, (e, user, g) -> e.groups.memberRoleChangedBy(user, g, this, member, role));
    }

    /** As host: removes another member, with their messages when {@code withMessages}. */
    public void removeMember(long groupId, VirtualPerson member, boolean withMessages) {
        inGroup(groupId, (e, user, g) -> e.groups.memberRemovedBy(user, g, this, member, withMessages));
    }

    /** As host: blocks (or unblocks) another member for everyone. */
    public void blockMember(long groupId, VirtualPerson member, boolean blocked) {
        inGroup(groupId, (e, user, g) -> e.groups.memberBlockedBy(user, g, this, member, blocked));
    }

    /** As a moderator or the host of a group: moderates a message there (the bot's or another member's). */
    public void moderate(long groupId, long itemId) {
        inGroup(groupId, (e, user, g) -> e.groups.itemModeratedBy(user, g, this, itemId));
    }

    /**
     * Reports a message of a group to its moderators ({@code reason}: spam, content, community,
     * profile or other); returns the report's item id on the bot's side.
     */
    public long report(long groupId, long itemId, String reason, String text) {
        if (!REPORT_REASONS.contains(reason)) {
            throw new IllegalArgumentException("report reason must be one of " + String.join(", ", REPORT_REASONS) + ", got " + reason);
        }
        ObjectNode content = Json.object().put("type", "report").put("text", text).put("reason", reason);
        return act(e -> {
            User user = user(e);
            return e.peers.report(user, user.group(groupId), this, itemId, content).itemId;
        });
    }

    /** As a member of a group the bot is in, invites the bot to a direct chat; returns the bot's contact id. */
    public long inviteBotToChat(long groupId) {
        return act(e -> {
            User user = user(e);
            Group g = user.group(groupId);
            var member = g.memberOf(this).orElseThrow(() -> new IllegalStateException(name + " is not in " + g.localDisplayName));
            userId = user.userId;
            contactId = e.contacts.viaGroupMember(user, g, member).contactId;
            return contactId;
        });
    }

    /**
     * Changes this person's display name: the bot hears {@code contactUpdated} when they are a
     * contact, else {@code groupMemberUpdated} in every group it shares with them (shipped cores
     * take a contact's profile from the direct chat only).
     */
    public void changeName(String displayName) {
        act(e -> {
            User user = user(e);
            ObjectNode changed = profile().deepCopy().put("displayName", displayName);
            user.contactOf(this).ifPresent(c -> e.contacts.profileUpdated(user, c, changed));
            e.groups.memberProfileUpdated(user, this, e.core().world.newProfile(changed));
            profile = changed;
            return null;
        });
    }

    /** As host: renames the group (its {@code GroupProfile} with this display name, the rest kept). */
    public void renameGroup(long groupId, String displayName) {
        inGroup(groupId, (e, user, g) -> e.groups.profileUpdatedBy(user, g, this, g.profile.deepCopy().put("displayName", displayName)));
    }

    /** As host: deletes the group for everyone. */
    public void deleteGroup(long groupId) {
        inGroup(groupId, (e, user, g) -> e.groups.deletedBy(user, g, this));
    }

    private interface GroupAction {
        void run(Engine e, User user, Group g);
    }

    private void inGroup(long groupId, GroupAction action) {
        act(e -> {
            User user = user(e);
            action.run(e, user, user.group(groupId));
            return null;
        });
    }

    /** Deletes the contact on this person's side. */
    public void deleteContact() {
        act(e -> {
            e.contacts.deletedByPeer(user(e), contact(e));
            return null;
        });
    }

    /** The next thing the bot did to this person, or null after the timeout. */
    public Seen next(Duration timeout) {
        try {
            return inbox.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The next message the bot sent, skipping other observations; null after the timeout. */
    public Seen nextMessage(Duration timeout) {
        return next("message", timeout);
    }

    /** The next observation of one kind (see {@link Seen#kind()}), skipping others; null after the timeout. */
    public Seen next(String kind, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Seen s; (s = next(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) != null; ) {
            if (s.kind().equals(kind)) return s;
        }
        return null;
    }

    /** Everything seen so far, oldest first. */
    public List<Seen> seen() {
        synchronized (history) {
            return List.copyOf(history);
        }
    }

    private static ObjectNode text(String text) {
        return Json.object().put("type", "text").put("text", text);
    }
}
