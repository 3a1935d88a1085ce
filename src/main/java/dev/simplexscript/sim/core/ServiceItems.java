package dev.simplexscript.sim.core;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.sim.json.Encoding;
import dev.simplexscript.sim.world.ChatKey;
import dev.simplexscript.sim.world.Contact;
import dev.simplexscript.sim.world.Group;
import dev.simplexscript.sim.world.Ids;
import dev.simplexscript.sim.world.Item;
import dev.simplexscript.sim.world.Member;
import dev.simplexscript.sim.world.Role;
import dev.simplexscript.sim.world.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The items shipped cores add to chats besides messages, read from their {@code Subscriber.hs} and
 * {@code Internal.hs}: by themselves the chat banner, the end-to-end encryption info, one item per
 * feature, and {@code memberConnected}; for a member's group message the {@code rcvGroupEvent}
 * that says what it did ({@link #groupEvent}). They reach clients in {@code newChatItems} like
 * messages, but their {@code content.type} is not {@code rcvMsgContent}, and they are stored, so
 * {@code /_get chat} shows them. Each call of the core's {@code createInternalChatItem} is its own
 * event; the feature items of one chat come in one event.
 */
final class ServiceItems {
    /** The names the apps show for features, in the item text ({@code "Voice messages: enabled"}). */
    private static final Map<String, String> FEATURE_NAMES = Map.ofEntries(
            Map.entry("timedMessages", "Disappearing messages"), Map.entry("fullDelete", "Full deletion"),
            Map.entry("reactions", "Message reactions"), Map.entry("voice", "Voice messages"),
            Map.entry("files", "Files and media"), Map.entry("calls", "Audio/video calls"),
            Map.entry("sessions", "Chat sessions"), Map.entry("directMessages", "Direct messages"),
            Map.entry("simplexLinks", "SimpleX links"), Map.entry("reports", "Member reports"),
            Map.entry("history", "Visible history"), Map.entry("support", "Chat with admins"),
            Map.entry("comments", "Comments"));

    /** The encryption info's {@code itemText}; real bots filter on its start (e.g. "This conversation is protected by quantum"). */
    private static final String E2EE_PQ_TEXT = "This conversation is protected by quantum resistant end-to-end encryption. "
            + "It has perfect forward secrecy, repudiation and quantum resistant break-in recovery.";
    private static final String E2EE_TEXT = "This conversation is protected by end-to-end encryption with perfect forward secrecy, "
            + "repudiation and break-in recovery.";

    /** The profile fields whose change the core shows as a {@code profileUpdated} item. */
    private static final List<String> VISIBLE_PROFILE = List.of("displayName", "fullName", "shortDescr", "image", "contactLink");

    private final Core core;
    private final MessageFlow messages;

    ServiceItems(Core core, MessageFlow messages) {
        this.core = core;
        this.messages = messages;
    }

    /**
     * A contact whose connection the user or the person started with a link (not a request):
     * after {@code contactConnected}, the banner when the chat is still empty, the encryption
     * info, then the feature items.
     */
    void contactConnected(User user, Contact contact) {
        ChatKey chat = ChatKey.direct(contact.contactId);
        if (user.items.values().stream().noneMatch(i -> i.chat.equals(chat))) messages.announce(user, List.of(banner(user, chat)));
        messages.announce(user, List.of(directE2ee(user, chat)));
        messages.announce(user, chatFeatures(user, contact));
    }

    /**
     * A contact made from a request to the user's address: shipped cores make its banner,
     * encryption info and feature items when the request arrives, without an event (a client sees
     * them in {@code /_get chat}); its connecting adds none while the encryption agreed holds.
     */
    void contactRequested(User user, Contact contact) {
        ChatKey chat = ChatKey.direct(contact.contactId);
        banner(user, chat);
        directE2ee(user, chat);
        chatFeatures(user, contact);
    }

    /**
     * A member invited the user to a direct chat ({@code xGrpDirectInv}, not auto-accepted): the
     * new contact's banner and {@code groupInvLinkReceived}, then {@code memberCreatedContact} in
     * the group, each its own event.
     */
    void memberCreatedContact(User user, Group g, Member m, Contact contact) {
        ChatKey chat = ChatKey.direct(contact.contactId);
        messages.announce(user, List.of(banner(user, chat)));
        ObjectNode received = Encoding.tag("groupInvLinkReceived");
        received.set("groupProfile", core.shapes.groups().groupInfo(g).path("groupProfile").deepCopy());
        ObjectNode content = Encoding.tag("rcvDirectEvent");
        content.set("rcvDirectEvent", received);
        messages.announce(user, List.of(store(user, chat, false, null,
                new Content(content, "invited to connect via group " + g.localDisplayName))));
        messages.announce(user, List.of(memberEvent(user, g, m, "memberCreatedContact", "started direct connection with you")));
    }

    /**
     * A contact's new profile changed what the apps show (the core's {@code visibleProfileUpdated}:
     * name, full name, short description, image or address): {@code rcvDirectEvent profileUpdated},
     * made by the core itself, before {@code contactUpdated}.
     */
    void contactProfileUpdated(User user, Contact contact, ObjectNode from, ObjectNode to) {
        boolean visible = VISIBLE_PROFILE.stream().anyMatch(field -> !from.path(field).equals(to.path(field)));
        if (!visible) return;
        ObjectNode updated = Encoding.tag("profileUpdated");
        updated.set("fromProfile", from.deepCopy());
        updated.set("toProfile", to.deepCopy());
        ObjectNode content = Encoding.tag("rcvDirectEvent");
        content.set("rcvDirectEvent", updated);
        messages.announce(user, List.of(store(user, ChatKey.direct(contact.contactId), false, null, new Content(content, "updated profile"))));
    }

    /** Another member connected (the user's invitee, a joiner by link, an introduced member). */
    void memberConnected(User user, Group g, Member m) {
        messages.announce(user, List.of(memberEvent(user, g, m, "memberConnected", "connected")));
    }

    /**
     * The user joined a person's group: the group's encryption info and its feature items from
     * the host, then {@code memberConnected} for the host.
     */
    void userJoined(User user, Group g, Member host) {
        ChatKey chat = ChatKey.group(g.groupId);
        messages.announce(user, List.of(store(user, chat, false, host, e2ee("rcvGroupE2EEInfo", false))));
        messages.announce(user, groupFeatures(user, g, false, host));
        memberConnected(user, g, host);
    }

    /**
     * A business chat the user's address opened: the user's side of the encryption info and
     * features, each an event, then the banner, stored without one.
     */
    void businessChatOpened(User user, Group g) {
        ChatKey chat = ChatKey.group(g.groupId);
        messages.announce(user, List.of(store(user, chat, true, null, e2ee("sndGroupE2EEInfo", false))));
        messages.announce(user, groupFeatures(user, g, true, null));
        banner(user, chat);
    }

    /**
     * What a member's group message did ({@code x.grp.mem.new}, {@code x.grp.mem.role},
     * {@code x.grp.mem.restrict}, {@code x.grp.mem.del}, {@code x.grp.leave}, {@code x.grp.info},
     * {@code x.grp.del}), stored as shipped cores store it ({@code saveRcvChatItemNoParse} in
     * {@code Subscriber.hs}): a received {@code rcvGroupEvent} item from the member who sent the
     * message, with that message's {@code sharedMsgId}, in its own {@code newChatItems}. The core
     * sends it before the member event, except for {@code groupUpdated}, which comes after
     * {@code groupUpdated}. Unread only when it concerns the user ({@code ciRequiresAttention}).
     */
    void groupEvent(User user, Group g, Member by, GroupEvent event) {
        ObjectNode content = Encoding.tag("rcvGroupEvent");
        content.set("rcvGroupEvent", event.json());
        Item item = Item.received(core.world.ids.next(Ids.Kind.ITEM), ChatKey.group(g.groupId), by, content, event.text(), core.world.now());
        item.status = Encoding.tag(event.concernsUser() ? "rcvNew" : "rcvRead");
        item.mentions = Json.object();
        user.items.put(item.itemId, item);
        messages.announce(user, List.of(item));
    }

    /** A {@code RcvGroupEvent} that a member's message causes, with the text shipped cores give it ({@code rcvGroupEventToText}). */
    record GroupEvent(ObjectNode json, String text, boolean concernsUser) {
        static GroupEvent memberAdded(Member m) {
            return about("memberAdded", m, "added " + profileText(m));
        }

        static GroupEvent memberRole(Member m, Role role) {
            GroupEvent e = about("memberRole", m, "changed role of " + profileText(m) + " to " + role.wire());
            e.json.put("role", role.wire());
            return e;
        }

        static GroupEvent memberBlocked(Member m, boolean blocked) {
            GroupEvent e = about("memberBlocked", m, (blocked ? "blocked " : "unblocked ") + profileText(m));
            e.json.put("blocked", blocked);
            return e;
        }

        static GroupEvent memberDeleted(Member m) {
            return about("memberDeleted", m, "removed " + profileText(m));
        }

        static GroupEvent memberLeft() {
            return new GroupEvent(Encoding.tag("memberLeft"), "left", false);
        }

        static GroupEvent userRole(Role role) {
            return new GroupEvent(Encoding.tag("userRole").put("role", role.wire()), "changed your role to " + role.wire(), true);
        }

        static GroupEvent userDeleted() {
            return new GroupEvent(Encoding.tag("userDeleted"), "removed you", true);
        }

        static GroupEvent groupDeleted() {
            return new GroupEvent(Encoding.tag("groupDeleted"), "deleted group", true);
        }

        static GroupEvent memberProfileUpdated(ObjectNode fromProfile, ObjectNode toProfile) {
            ObjectNode json = Encoding.tag("memberProfileUpdated");
            json.set("fromProfile", fromProfile.deepCopy());
            json.set("toProfile", toProfile.deepCopy());
            return new GroupEvent(json, "updated profile", false);
        }

        static GroupEvent groupUpdated(ObjectNode groupProfile) {
            ObjectNode json = Encoding.tag("groupUpdated");
            json.set("groupProfile", groupProfile.deepCopy());
            return new GroupEvent(json, "group profile updated", false);
        }

        /** An event about another member: its {@code groupMemberId} and {@code Profile} (not the local one). */
        private static GroupEvent about(String type, Member m, String text) {
            ObjectNode json = Encoding.tag(type).put("groupMemberId", m.groupMemberId);
            json.set("profile", m.profile.json().deepCopy());
            return new GroupEvent(json, text, false);
        }

        /** As the core's {@code profileToText}: the display name, and the full name in brackets when it differs. */
        private static String profileText(Member m) {
            String name = m.profile.displayName();
            String full = m.profile.json().path("fullName").asString("");
            return full.isEmpty() || full.equals(name) ? name : name + " (" + full + ")";
        }
    }

    private Item banner(User user, ChatKey chat) {
        // Shipped cores date the banner at the epoch, so it sorts before everything in the chat.
        return store(user, chat, true, null, Encoding.tag("chatBanner"), "", Instant.EPOCH);
    }

    private Item directE2ee(User user, ChatKey chat) {
        return store(user, chat, false, null, e2ee("rcvDirectE2EEInfo", true));
    }

    private static Content e2ee(String type, boolean pq) {
        ObjectNode content = Encoding.tag(type);
        content.set("e2eeInfo", Json.object().put("pqEnabled", pq));
        return new Content(content, pq ? E2EE_PQ_TEXT : E2EE_TEXT);
    }

    /** One {@code rcvChatFeature} per chat feature, with its state as the contact's {@code mergedPreferences} have it. */
    private List<Item> chatFeatures(User user, Contact contact) {
        ChatKey chat = ChatKey.direct(contact.contactId);
        JsonNode merged = core.shapes.contacts().contact(user, contact).path("mergedPreferences");
        List<Item> items = new ArrayList<>();
        for (var feature : merged.properties()) {
            if (!feature.getValue().has("enabled")) continue;
            JsonNode enabled = feature.getValue().get("enabled");
            ObjectNode content = Encoding.tag("rcvChatFeature").put("feature", feature.getKey());
            content.set("enabled", enabled.deepCopy());
            boolean forUser = enabled.path("forUser").asBoolean();
            boolean forContact = enabled.path("forContact").asBoolean();
            items.add(store(user, chat, false, null, new Content(content, featureName(feature.getKey()) + ": " + state(feature.getKey(), forUser, forContact))));
        }
        return items;
    }

    /** As the core's {@code prefEnabledToText}: disappearing messages on both sides but without a time read "allowed". */
    private static String state(String feature, boolean forUser, boolean forContact) {
        if (forUser && forContact) return feature.equals("timedMessages") ? "allowed" : "enabled";
        return forUser ? "enabled for you" : forContact ? "enabled for contact" : "off";
    }

    /** One {@code rcvGroupFeature} (or {@code sndGroupFeature}) per group feature, as the group's {@code fullGroupPreferences} have it. */
    private List<Item> groupFeatures(User user, Group g, boolean sent, Member from) {
        ChatKey chat = ChatKey.group(g.groupId);
        JsonNode prefs = core.shapes.groups().groupInfo(g).path("fullGroupPreferences");
        List<Item> items = new ArrayList<>();
        for (var feature : prefs.properties()) {
            JsonNode pref = feature.getValue();
            if (!pref.has("enable")) continue;
            boolean on = pref.path("enable").asString("").equals("on");
            ObjectNode content = Encoding.tag(sent ? "sndGroupFeature" : "rcvGroupFeature").put("groupFeature", feature.getKey());
            content.set("preference", Json.object().put("enable", pref.path("enable").asString("")));
            if (on && pref.path("ttl").isIntegralNumber()) content.put("param", pref.path("ttl").intValue());
            if (pref.path("role").isString()) content.put("memberRole_", pref.path("role").asString());
            items.add(store(user, chat, sent, from, new Content(content, featureName(feature.getKey()) + ": " + (on ? "on" : "off"))));
        }
        return items;
    }

    private Item memberEvent(User user, Group g, Member m, String event, String text) {
        ObjectNode content = Encoding.tag("rcvGroupEvent");
        content.set("rcvGroupEvent", Encoding.tag(event));
        return store(user, ChatKey.group(g.groupId), false, m, new Content(content, text));
    }

    private static String featureName(String feature) {
        return FEATURE_NAMES.getOrDefault(feature, feature);
    }

    private record Content(ObjectNode json, String text) {}

    private Item store(User user, ChatKey chat, boolean sent, Member author, Content content) {
        return store(user, chat, sent, author, content.json(), content.text(), core.world.now());
    }

    private Item store(User user, ChatKey chat, boolean sent, Member author, ObjectNode content, String text, Instant itemTs) {
        Item item = Item.service(core.world.ids.next(Ids.Kind.ITEM), chat, sent, author, content, text, itemTs, core.world.now());
        // Shipped cores create service items read (ciCreateStatus): they never count as unread.
        item.status = Encoding.tag(sent ? "sndNew" : "rcvRead");
        item.mentions = Json.object();
        user.items.put(item.itemId, item);
        return item;
    }
}
