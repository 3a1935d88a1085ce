package dev.simplexscript.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.sim.people.VirtualPerson;
import dev.simplexscript.sim.world.Role;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The items shipped cores add to chats by themselves (Subscriber.hs: CON, xGrpDirectInv,
 * archiveMessageReports) and the events around them, in the order the core sends them. Every
 * frame is also checked against the fixtures' record shapes by {@link WsTestClient}.
 */
class SimServiceItemsTest {
    @TempDir
    Path files;

    SimHarness sim;
    WsTestClient bot;

    @BeforeEach
    void start() throws InterruptedException {
        sim = new SimHarness(files);
        bot = sim.client;
    }

    @AfterEach
    void stop() throws InterruptedException {
        sim.close();
    }

    /** The events up to and including the first of type {@code last}, as "type" or "newChatItems:contentType,…". */
    private List<String> eventsThrough(String last) throws InterruptedException {
        List<String> seen = new ArrayList<>();
        while (true) {
            JsonNode e = bot.nextEvent(WsTestClient.WAIT);
            if (e == null) throw new AssertionError("no " + last + " after " + seen);
            String type = e.at("/resp/type").asString();
            seen.add(type.equals("newChatItems") ? type + ":" + contentTypes(e) : type);
            if (type.equals(last)) return seen;
        }
    }

    private static String contentTypes(JsonNode newChatItems) {
        List<String> types = new ArrayList<>();
        newChatItems.at("/resp/chatItems").forEach(i -> types.add(contentType(i.path("chatItem"))));
        return String.join(",", types);
    }

    private static String contentType(JsonNode chatItem) {
        JsonNode content = chatItem.path("content");
        String type = content.path("type").asString();
        return type.endsWith("GroupEvent") ? type + "/" + content.path(type).path("type").asString() : type;
    }

    /** The content types of a chat's items, oldest first, as {@code /_get chat} shows them. */
    private List<String> chatContents(String chatRef) throws InterruptedException {
        List<String> types = new ArrayList<>();
        bot.resp("/_get chat " + chatRef + " count=100").at("/chat/chatItems").forEach(i -> types.add(contentType(i)));
        return types;
    }

    /** A person connected through the bot's auto-accepting address. */
    private VirtualPerson contactViaAddress(String name) throws InterruptedException {
        bot.resp("/_address 1");
        bot.resp("/_address_settings 1 {\"businessAddress\":false,\"autoAccept\":{\"acceptIncognito\":false}}");
        VirtualPerson person = sim.core.person(name);
        person.connectViaAddress();
        bot.event("contactConnected");
        return person;
    }

    /** The bot, invited as a member, joins the host's group; returns its id. */
    private long botJoinedGroupOf(VirtualPerson host) throws InterruptedException {
        long g = host.inviteBotToGroup("Theirs", Role.MEMBER);
        bot.event("receivedGroupInvitation");
        bot.resp("/_join #" + g);
        return g;
    }

    private static final String CHAT_FEATURES = "rcvChatFeature,rcvChatFeature,rcvChatFeature,rcvChatFeature,rcvChatFeature,rcvChatFeature,rcvChatFeature";

    @Test
    void aContactByOneTimeLinkGetsTheBannerEncryptionInfoAndFeatureItemsAfterConnecting() throws InterruptedException {
        String link = bot.resp("/_connect 1").at("/connLinkInvitation/connShortLink").asString();
        VirtualPerson alice = sim.core.person("alice");
        alice.connectVia(link);
        List<String> events = eventsThrough("newChatItems");
        events.addAll(eventsThrough("newChatItems"));
        events.addAll(eventsThrough("newChatItems"));
        assertEquals(List.of("contactConnecting", "contactConnected", "newChatItems:chatBanner", "newChatItems:rcvDirectE2EEInfo",
                "newChatItems:" + CHAT_FEATURES), events, "no contactSndReady: the user did not join this connection");

        List<JsonNode> items = new ArrayList<>();
        bot.resp("/_get chat @" + alice.contactId() + " count=100").at("/chat/chatItems").forEach(items::add);
        assertEquals("directSnd", items.get(0).at("/chatDir/type").asString(), "the banner is the user's own");
        assertEquals("1970-01-01T00:00:00Z", items.get(0).at("/meta/itemTs").asString().replace(".000000", ""));
        JsonNode e2ee = items.get(1);
        assertTrue(e2ee.at("/content/e2eeInfo/pqEnabled").asBoolean());
        assertTrue(e2ee.at("/meta/itemText").asString().startsWith("This conversation is protected by quantum resistant end-to-end encryption"));
        assertEquals("rcvRead", e2ee.at("/meta/itemStatus/type").asString(), "service items are never unread");
        assertTrue(e2ee.at("/meta/itemSharedMsgId").isMissingNode(), "no one sent it");
        assertFalse(e2ee.at("/meta/editable").asBoolean());
        assertEquals("Disappearing messages: allowed", items.get(2).at("/meta/itemText").asString());
        assertEquals("Message reactions: enabled", items.get(4).at("/meta/itemText").asString());
        assertEquals(0, bot.resp("/_get chats 1 pcc=on").at("/chats/0/chatStats/unreadCount").asInt());
    }

    @Test
    void anAcceptedRequestIsSndReadyAndItsServiceItemsAreStoredWithoutEvents() throws InterruptedException {
        bot.resp("/_address 1");
        bot.resp("/_address_settings 1 {\"businessAddress\":false,\"autoAccept\":{\"acceptIncognito\":false},"
                + "\"autoReply\":{\"type\":\"text\",\"text\":\"hi!\"}}");
        VirtualPerson alice = sim.core.person("alice");
        alice.connectViaAddress();
        assertEquals(List.of("acceptingContactRequest", "contactSndReady", "newChatItems:sndMsgContent", "contactConnected"),
                eventsThrough("contactConnected"));
        assertEquals("chatItemsStatusesUpdated", bot.nextEvent(WsTestClient.WAIT).at("/resp/type").asString());
        assertEquals(List.of("chatBanner", "rcvDirectE2EEInfo", "rcvChatFeature", "rcvChatFeature", "rcvChatFeature", "rcvChatFeature",
                "rcvChatFeature", "rcvChatFeature", "rcvChatFeature", "sndMsgContent"), chatContents("@" + alice.contactId()));
    }

    @Test
    void joiningAPersonsGroupGivesEncryptionInfoFeaturesAndTheHostConnected() throws InterruptedException {
        VirtualPerson alice = contactViaAddress("alice");
        long g = botJoinedGroupOf(alice);
        List<String> events = eventsThrough("userJoinedGroup");
        events.addAll(eventsThrough("newChatItems"));
        events.addAll(eventsThrough("newChatItems"));
        events.addAll(eventsThrough("newChatItems"));
        assertEquals("userJoinedGroup", events.get(events.size() - 4));
        assertEquals("newChatItems:rcvGroupE2EEInfo", events.get(events.size() - 3));
        assertTrue(events.get(events.size() - 2).matches("newChatItems:(rcvGroupFeature,)+rcvGroupFeature"), events.toString());
        assertEquals("newChatItems:rcvGroupEvent/memberConnected", events.getLast());
        JsonNode e2ee = bot.resp("/_get chat #" + g + " count=100").at("/chat/chatItems/0");
        assertFalse(e2ee.at("/content/e2eeInfo/pqEnabled").asBoolean(), "groups are not quantum resistant");
        assertEquals("groupRcv", e2ee.at("/chatDir/type").asString());
        assertEquals("alice", e2ee.at("/chatDir/groupMember/localDisplayName").asString());
    }

    @Test
    void aMemberConnectingToTheBotsGroupComesWithAMemberConnectedItemFirst() throws InterruptedException {
        bot.resp("/_group 1 {\"displayName\":\"Club\",\"fullName\":\"\"}");
        String link = bot.resp("/_create link #1 member").at("/groupLink/connLinkContact/connShortLink").asString();
        sim.core.person("carol").joinGroupVia(link);
        assertEquals(List.of("newChatItems:rcvGroupEvent/memberConnected", "joinedGroupMember"), eventsThrough("joinedGroupMember"));
    }

    @Test
    void aBusinessChatStartsWithTheUsersEncryptionInfoAndFeatures() throws InterruptedException {
        bot.resp("/_address 1");
        bot.resp("/_address_settings 1 {\"businessAddress\":true,\"autoAccept\":{\"acceptIncognito\":false}}");
        String chat = sim.core.person("customer").connectViaAddress();
        List<String> events = eventsThrough("acceptingBusinessRequest");
        assertEquals("newChatItems:sndGroupE2EEInfo", events.get(0));
        assertTrue(events.get(1).matches("newChatItems:(sndGroupFeature,)+sndGroupFeature"), events.toString());
        assertTrue(chatContents(chat).contains("chatBanner"), "stored without an event");
    }

    @Test
    void aMemberInvitingTheBotToADirectChatLeavesAPreparedContact() throws InterruptedException {
        bot.resp("/_group 1 {\"displayName\":\"Club\",\"fullName\":\"\"}");
        String link = bot.resp("/_create link #1 member").at("/groupLink/connLinkContact/connShortLink").asString();
        VirtualPerson carol = sim.core.person("carol");
        carol.joinGroupVia(link);
        bot.event("joinedGroupMember");
        IllegalStateException off = assertThrows(IllegalStateException.class, () -> carol.inviteBotToChat(1));
        assertTrue(off.getMessage().contains("directMessages"), off.getMessage());

        bot.resp("/_group_profile #1 {\"displayName\":\"Club\",\"fullName\":\"\",\"groupPreferences\":{\"directMessages\":{\"enable\":\"on\"}}}");
        long contactId = carol.inviteBotToChat(1);
        assertEquals(List.of("newChatItems:chatBanner", "newChatItems:rcvDirectEvent", "newChatItems:rcvGroupEvent/memberCreatedContact",
                "newMemberContactReceivedInv"), eventsThrough("newMemberContactReceivedInv"));
        assertEquals(List.of("chatBanner", "rcvDirectEvent"), chatContents("@" + contactId));
        JsonNode received = bot.resp("/_get chat @" + contactId + " count=100").at("/chat/chatItems/1/content/rcvDirectEvent");
        assertEquals("groupInvLinkReceived", received.path("type").asString());
        assertEquals("Club", received.at("/groupProfile/displayName").asString());
        JsonNode member = bot.resp("/_members #1").at("/group/members/0");
        assertEquals(contactId, member.path("memberContactId").asLong());
        assertEquals("prepared", bot.resp("/_info @" + contactId).at("/contact/activeConn/connStatus/type").asString(),
                "shipped bots do not accept member contacts by themselves");
        assertThrows(IllegalStateException.class, () -> carol.inviteBotToChat(1), "already a contact");
    }

    @Test
    void aModeratorModeratingAReportedMessageArchivesTheReports() throws InterruptedException {
        bot.resp("/_group 1 {\"displayName\":\"Club\",\"fullName\":\"\"}");
        String link = bot.resp("/_create link #1 member").at("/groupLink/connLinkContact/connShortLink").asString();
        VirtualPerson alice = sim.core.person("alice");
        VirtualPerson bob = sim.core.person("bob");
        alice.joinGroupVia(link);
        bob.joinGroupVia(link);
        bot.event("joinedGroupMember");
        bot.event("joinedGroupMember");
        long spam = alice.sendToGroup(1, "buy now", null);
        bot.event("newChatItems");
        long report = bob.report(1, spam, "spam", "");
        JsonNode reported = bot.event("newChatItems").at("/resp/chatItems/0/chatItem");
        assertEquals("report", reported.at("/content/msgContent/type").asString());
        assertEquals(spam, reported.at("/quotedItem/itemId").asLong());
        assertThrows(IllegalArgumentException.class, () -> bob.report(1, spam, "rude", ""));

        IllegalStateException notModerator = assertThrows(IllegalStateException.class, () -> bob.moderate(1, spam));
        assertTrue(notModerator.getMessage().contains("cannot moderate"), notModerator.getMessage());
        assertEquals("membersRoleUser", bot.resp("/_member role #1 3 moderator").path("type").asString());
        assertThrows(IllegalStateException.class, () -> bob.report(1, spam, "spam", ""), "moderators do not report");
        bob.moderate(1, spam);
        JsonNode deleted = bot.event("chatItemsDeleted").path("resp");
        assertFalse(deleted.path("byUser").asBoolean());
        JsonNode moderated = deleted.at("/chatItemDeletions/0/toChatItem/chatItem/meta/itemDeleted");
        assertEquals("moderated", moderated.path("type").asString());
        assertEquals("bob", moderated.at("/byGroupMember/localDisplayName").asString());
        JsonNode archived = bot.event("groupChatItemsDeleted").path("resp");
        assertEquals(List.of(report), List.of(archived.at("/chatItemIDs/0").asLong()));
        assertEquals(1, archived.path("chatItemIDs").size());
        assertFalse(archived.path("byUser").asBoolean());
        assertEquals("bob", archived.at("/member_/localDisplayName").asString());
        assertThrows(IllegalArgumentException.class, () -> bob.moderate(1, spam), "already moderated");
    }

    @Test
    void reportsReachOnlyAModeratorUser() throws InterruptedException {
        VirtualPerson alice = contactViaAddress("alice");
        long g = botJoinedGroupOf(alice);
        long hello = alice.sendToGroup(g, "hello", null);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> alice.report(g, hello, "spam", ""));
        assertTrue(e.getMessage().contains("moderator"), e.getMessage());
    }

    @Test
    void theHostModeratesTheBotsMessage() throws InterruptedException {
        VirtualPerson alice = contactViaAddress("alice");
        long g = botJoinedGroupOf(alice);
        long sent = bot.resp("/_send #" + g + " json [{\"msgContent\":{\"type\":\"text\",\"text\":\"ad\"}}]")
                .at("/chatItems/0/chatItem/meta/itemId").asLong();
        alice.moderate(g, sent);
        JsonNode deleted = bot.event("chatItemsDeleted").path("resp");
        assertEquals(sent, deleted.at("/chatItemDeletions/0/deletedChatItem/chatItem/meta/itemId").asLong());
        assertEquals("alice", deleted.at("/chatItemDeletions/0/toChatItem/chatItem/meta/itemDeleted/byGroupMember/localDisplayName").asString());
    }

    @Test
    void serviceItemsCannotBeEditedReactedToQuotedOrDeletedForEveryone() throws InterruptedException {
        String link = bot.resp("/_connect 1").at("/connLinkInvitation/connShortLink").asString();
        VirtualPerson alice = sim.core.person("alice");
        alice.connectVia(link);
        bot.event("contactConnected");
        String chat = "@" + alice.contactId();
        long banner = bot.resp("/_get chat " + chat + " count=100").at("/chat/chatItems/0/meta/itemId").asLong();
        long e2ee = banner + 1;
        assertEquals("error/invalidChatItemUpdate",
                error(bot.resp("/_update item " + chat + " " + banner + " json {\"msgContent\":{\"type\":\"text\",\"text\":\"x\"}}")));
        assertEquals("error/commandError", error(bot.resp("/_reaction " + chat + " " + e2ee + " on {\"type\":\"emoji\",\"emoji\":\"👍\"}")));
        assertEquals("error/invalidQuote",
                error(bot.resp("/_send " + chat + " json [{\"quotedItemId\":" + e2ee + ",\"msgContent\":{\"type\":\"text\",\"text\":\"x\"}}]")));
        assertEquals("error/invalidChatItemDelete", error(bot.resp("/_delete item " + chat + " " + banner + " broadcast")));
        assertEquals("chatItemsDeleted", bot.resp("/_delete item " + chat + " " + banner + " internal").path("type").asString());
        assertThrows(IllegalArgumentException.class, () -> alice.react(e2ee, "👍", true));
    }

    /** The bot in alice's group, with every event of joining it consumed. */
    private long botInGroupOfAlice(VirtualPerson alice) throws InterruptedException {
        long g = botJoinedGroupOf(alice);
        List<String> joining = eventsThrough("userJoinedGroup");
        do joining.addAll(eventsThrough("newChatItems")); while (!joining.getLast().equals("newChatItems:rcvGroupEvent/memberConnected"));
        return g;
    }

    /** The newest {@code rcvGroupEvent} item of this type in a group, as {@code /_get chat} shows it. */
    private JsonNode storedGroupEvent(long groupId, String type) throws InterruptedException {
        JsonNode found = null;
        for (JsonNode item : bot.resp("/_get chat #" + groupId + " count=100").at("/chat/chatItems")) {
            if (item.at("/content/rcvGroupEvent/type").asString("").equals(type)) found = item;
        }
        if (found == null) throw new AssertionError("no " + type + " item in #" + groupId);
        return found;
    }

    /** Checks what all {@code rcvGroupEvent} items from a member's message share, and returns its event. */
    private static JsonNode receivedGroupEvent(JsonNode newChatItems, String type, String from) {
        assertEquals(1, newChatItems.at("/resp/chatItems").size());
        JsonNode item = newChatItems.at("/resp/chatItems/0/chatItem");
        assertEquals("rcvGroupEvent", item.at("/content/type").asString());
        JsonNode event = item.at("/content/rcvGroupEvent");
        assertEquals(type, event.path("type").asString());
        assertEquals("groupRcv", item.at("/chatDir/type").asString());
        assertEquals(from, item.at("/chatDir/groupMember/memberProfile/displayName").asString(), "the item is from the member who sent the message");
        assertFalse(item.at("/meta/itemSharedMsgId").asString().isEmpty(), "made from a message, it has the message's id");
        assertFalse(item.at("/meta/editable").asBoolean());
        return event;
    }

    @Test
    void theHostsActionsOnOtherMembersComeWithTheirGroupEventItemsFirst() throws InterruptedException {
        VirtualPerson alice = contactViaAddress("alice");
        long g = botInGroupOfAlice(alice);
        VirtualPerson carol = sim.core.person("carol");
        VirtualPerson dave = sim.core.person("dave");

        alice.addToGroup(g, carol);
        assertEquals(List.of("newChatItems:rcvGroupEvent/memberAdded", "joinedGroupMemberConnecting"), eventsThrough("joinedGroupMemberConnecting"));
        JsonNode carolMember = bot.event("connectedToGroupMember").at("/resp/member");
        long carolId = carolMember.path("groupMemberId").asLong();
        JsonNode added = storedGroupEvent(g, "memberAdded");
        JsonNode addedEvent = added.at("/content/rcvGroupEvent");
        assertEquals(carolId, addedEvent.path("groupMemberId").asLong());
        assertEquals("carol", addedEvent.at("/profile/displayName").asString());
        assertTrue(addedEvent.at("/profile/profileId").isMissingNode(), "a Profile, not the LocalProfile");
        assertEquals("added carol", added.at("/meta/itemText").asString());
        assertEquals("alice", added.at("/chatDir/groupMember/localDisplayName").asString());
        assertEquals("rcvRead", added.at("/meta/itemStatus/type").asString());

        alice.setMemberRole(g, carol, Role.MODERATOR);
        JsonNode role = receivedGroupEvent(bot.nextEvent(WsTestClient.WAIT), "memberRole", "alice");
        assertEquals(carolId, role.path("groupMemberId").asLong());
        assertEquals("moderator", role.path("role").asString());
        assertEquals("memberRole", bot.nextEvent(WsTestClient.WAIT).at("/resp/type").asString());

        alice.blockMember(g, carol, true);
        JsonNode blocked = receivedGroupEvent(bot.nextEvent(WsTestClient.WAIT), "memberBlocked", "alice");
        assertTrue(blocked.path("blocked").asBoolean());
        assertEquals("carol", blocked.at("/profile/displayName").asString());
        assertEquals("memberBlockedForAll", bot.nextEvent(WsTestClient.WAIT).at("/resp/type").asString());

        alice.removeMember(g, carol, false);
        assertEquals(carolId, receivedGroupEvent(bot.nextEvent(WsTestClient.WAIT), "memberDeleted", "alice").path("groupMemberId").asLong());
        assertEquals("deletedMember", bot.nextEvent(WsTestClient.WAIT).at("/resp/type").asString());

        alice.addToGroup(g, dave);
        bot.event("connectedToGroupMember");
        dave.leaveGroup(g);
        JsonNode left = bot.nextEvent(WsTestClient.WAIT);
        receivedGroupEvent(left, "memberLeft", "dave");
        assertEquals("connected", left.at("/resp/chatItems/0/chatItem/chatDir/groupMember/memberStatus").asString(),
                "the item shows dave as the core had him when his message came");
        assertEquals("leftMember", bot.nextEvent(WsTestClient.WAIT).at("/resp/type").asString());

        List<String> texts = new ArrayList<>();
        bot.resp("/_get chat #" + g + " count=100").at("/chat/chatItems").forEach(i -> {
            if (i.at("/content/type").asString().equals("rcvGroupEvent")) texts.add(i.at("/meta/itemText").asString());
        });
        assertEquals(List.of("connected", "added carol", "connected", "changed role of carol to moderator", "blocked carol", "removed carol",
                "added dave", "connected", "left"), texts);
        assertEquals(0, unread(g), "events about others are not unread");
    }

    @Test
    void theHostsActionsOnTheBotAreUnreadAndARenameComesAfterGroupUpdated() throws InterruptedException {
        VirtualPerson alice = contactViaAddress("alice");
        long g = botInGroupOfAlice(alice);

        alice.setBotRole(g, Role.ADMIN);
        JsonNode userRole = bot.nextEvent(WsTestClient.WAIT);
        assertEquals("admin", receivedGroupEvent(userRole, "userRole", "alice").path("role").asString());
        JsonNode item = userRole.at("/resp/chatItems/0/chatItem");
        assertEquals("changed your role to admin", item.at("/meta/itemText").asString());
        assertEquals("rcvNew", item.at("/meta/itemStatus/type").asString(), "it concerns the user");
        assertEquals("admin", userRole.at("/resp/chatItems/0/chatInfo/groupInfo/membership/memberRole").asString());
        assertEquals("memberRole", bot.nextEvent(WsTestClient.WAIT).at("/resp/type").asString());
        assertEquals(1, unread(g));

        alice.renameGroup(g, "Theirs");
        alice.renameGroup(g, "Renamed");
        JsonNode updated = bot.nextEvent(WsTestClient.WAIT);
        assertEquals("groupUpdated", updated.at("/resp/type").asString(), "the same profile gives nothing, and the event comes first");
        assertEquals("Theirs", updated.at("/resp/fromGroup/groupProfile/displayName").asString());
        JsonNode renamed = bot.nextEvent(WsTestClient.WAIT);
        assertEquals("Renamed", receivedGroupEvent(renamed, "groupUpdated", "alice").at("/groupProfile/displayName").asString());
        assertEquals("group profile updated", renamed.at("/resp/chatItems/0/chatItem/meta/itemText").asString());
        assertEquals("rcvRead", renamed.at("/resp/chatItems/0/chatItem/meta/itemStatus/type").asString());

        alice.removeBot(g);
        receivedGroupEvent(bot.nextEvent(WsTestClient.WAIT), "userDeleted", "alice");
        assertEquals("removed you", itemText(g));
        assertEquals("deletedMemberUser", bot.nextEvent(WsTestClient.WAIT).at("/resp/type").asString());
        alice.deleteGroup(g);
        receivedGroupEvent(bot.nextEvent(WsTestClient.WAIT), "groupDeleted", "alice");
        assertEquals("deleted group", itemText(g));
        assertEquals("groupDeleted", bot.nextEvent(WsTestClient.WAIT).at("/resp/type").asString());
        assertEquals(3, unread(g), "your role, removed you, deleted group");
    }

    @Test
    void profileChangesComeWithTheirItemsAndAContactsOnlyInTheDirectChat() throws InterruptedException {
        VirtualPerson alice = contactViaAddress("alice");
        long g = botInGroupOfAlice(alice);
        VirtualPerson carol = sim.core.person("carol");
        alice.addToGroup(g, carol);
        bot.event("connectedToGroupMember");

        carol.changeName("Carol B");
        JsonNode carolItem = bot.nextEvent(WsTestClient.WAIT);
        JsonNode profiles = receivedGroupEvent(carolItem, "memberProfileUpdated", "Carol B");
        assertEquals("carol", profiles.at("/fromProfile/displayName").asString());
        assertEquals("Carol B", profiles.at("/toProfile/displayName").asString());
        assertEquals("updated profile", carolItem.at("/resp/chatItems/0/chatItem/meta/itemText").asString());
        assertEquals("groupMemberUpdated", bot.nextEvent(WsTestClient.WAIT).at("/resp/type").asString());

        alice.changeName("Alice A");
        alice.setMemberRole(g, carol, Role.MODERATOR);
        List<String> events = new ArrayList<>();
        JsonNode aliceItem = bot.nextEvent(WsTestClient.WAIT);
        events.add(aliceItem.at("/resp/type").asString() + ":" + contentTypes(aliceItem));
        events.addAll(eventsThrough("memberRole"));
        assertEquals(List.of("newChatItems:rcvDirectEvent", "contactUpdated", "newChatItems:rcvGroupEvent/memberRole", "memberRole"), events,
                "no groupMemberUpdated for a member who is a ready contact");
        JsonNode item = aliceItem.at("/resp/chatItems/0/chatItem");
        assertEquals("profileUpdated", item.at("/content/rcvDirectEvent/type").asString());
        assertEquals("alice", item.at("/content/rcvDirectEvent/fromProfile/displayName").asString());
        assertEquals("Alice A", item.at("/content/rcvDirectEvent/toProfile/displayName").asString());
        assertEquals("updated profile", item.at("/meta/itemText").asString());
        assertEquals("directRcv", item.at("/chatDir/type").asString());
        assertTrue(item.at("/meta/itemSharedMsgId").isMissingNode(), "the core makes it itself");
        assertEquals("rcvRead", item.at("/meta/itemStatus/type").asString());
        JsonNode host = bot.resp("/_members #" + g).at("/group/members/0/memberProfile");
        assertEquals("Alice A", host.path("displayName").asString(), "the member shows the contact's profile");
    }

    /** The newest item's text in a group. */
    private String itemText(long groupId) throws InterruptedException {
        JsonNode items = bot.resp("/_get chat #" + groupId + " count=100").at("/chat/chatItems");
        return items.get(items.size() - 1).at("/meta/itemText").asString();
    }

    private int unread(long groupId) throws InterruptedException {
        for (JsonNode chat : bot.resp("/_get chats 1").at("/chats")) {
            if (chat.at("/chatInfo/groupInfo/groupId").asLong() == groupId) return chat.at("/chatStats/unreadCount").asInt();
        }
        throw new AssertionError("no chat #" + groupId);
    }

    private static String error(JsonNode resp) {
        JsonNode e = resp.path("chatError");
        return e.path("type").asString() + "/" + (e.has("errorType") ? e.path("errorType") : e.path("storeError")).path("type").asString();
    }
}
