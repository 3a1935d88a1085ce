package dev.simplexscript.sim;

import static dev.simplexscript.sim.FixtureShapes.assertMatches;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.sim.people.VirtualPerson;
import dev.simplexscript.sim.world.Role;
import dev.simplexscript.sim.world.Seen;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Groups with virtual members: creation, invitations, roles, removal, links, moderation. */
class SimGroupScenarioTest {
    @TempDir
    Path files;

    SimHarness sim;
    WsTestClient bot;
    VirtualPerson alice;
    VirtualPerson bob;

    @BeforeEach
    void start() throws InterruptedException {
        sim = new SimHarness(files);
        bot = sim.client;
        bot.resp("/_address 1");
        bot.resp("/_address_settings 1 {\"businessAddress\":false,\"autoAccept\":{\"acceptIncognito\":false}}");
        alice = sim.core.person("alice");
        alice.connectViaAddress();
        bot.event("contactConnected");
        bob = sim.core.person("bob");
        bob.connectViaAddress();
        bot.event("contactConnected");
    }

    @AfterEach
    void stop() throws InterruptedException {
        sim.close();
    }

    private static String errorOf(JsonNode resp) {
        JsonNode e = resp.path("chatError");
        return e.path("type").asString() + "/" + (e.has("errorType") ? e.path("errorType") : e.path("storeError")).path("type").asString();
    }

    /** Group 1 "Team" with alice (member 2) and bob (member 3) connected. */
    private void team() throws InterruptedException {
        assertMatches("response-groupCreated.json", bot.command("/_group 1 {\"displayName\":\"Team\",\"fullName\":\"\"}"));
        JsonNode invited = bot.resp("/_add #1 " + alice.contactId() + " member");
        assertEquals("sentGroupInvitation", invited.path("type").asString());
        assertEquals("invited", invited.at("/member/memberStatus").asString());
        Seen invitation = alice.next("groupInvitation", WsTestClient.WAIT);
        assertNotNull(invitation);
        alice.acceptGroupInvitation(invitation.details().path("groupId").asLong());
        assertEquals("connected", bot.event("joinedGroupMember").at("/resp/member/memberStatus").asString());
        bot.resp("/_add #1 " + bob.contactId() + " member");
        bob.acceptGroupInvitation(1);
        bot.event("joinedGroupMember");
    }

    @Test
    void groupCreatedMembersInvitedAndMessagesExchanged() throws InterruptedException {
        team();
        JsonNode members = bot.command("/_members #1");
        assertMatches("response-groupMembers.json", members);
        assertEquals(2, members.at("/resp/group/members").size());
        assertEquals("error/groupDuplicateMember", errorOf(bot.resp("/_add #1 " + alice.contactId() + " member")));

        alice.sendToGroup(1, "@bot what are your opening hours?", Map.of("bot", 1L));
        JsonNode received = bot.event("newChatItems");
        assertMatches("event-newChatItems-group-text.json", received);
        assertTrue(received.at("/resp/chatItems/0/chatItem/meta/userMention").asBoolean());

        bot.resp("/_send #1 json [{\"msgContent\":{\"type\":\"text\",\"text\":\"@alice 9 to 5\"},\"mentions\":{\"alice\":2}}]");
        assertEquals("@alice 9 to 5", alice.nextMessage(WsTestClient.WAIT).text());
        assertEquals("@alice 9 to 5", bob.nextMessage(WsTestClient.WAIT).text());
        assertEquals("errorStore/invalidMention",
                errorOf(bot.resp("/_send #1 json [{\"msgContent\":{\"type\":\"text\",\"text\":\"@x\"},\"mentions\":{\"x\":99}}]")));
        assertMatches("response-groupsList.json", bot.command("/_groups 1 @" + alice.contactId()));
    }

    @Test
    void rolesChangedMembersBlockedAndRemoved() throws InterruptedException {
        team();
        JsonNode role = bot.resp("/_member role #1 2 admin");
        assertEquals("membersRoleUser", role.path("type").asString());
        assertEquals("admin", role.at("/members/0/memberRole").asString());
        assertEquals("admin", alice.next("memberRole", WsTestClient.WAIT).details().path("role").asString());
        assertEquals("errorStore/groupMemberNotFound", errorOf(bot.resp("/_member role #1 42 member")));

        assertEquals("membersBlockedForAllUser", bot.resp("/_block #1 3 blocked=on").path("type").asString());
        JsonNode removed = bot.resp("/_remove #1 3");
        assertEquals("userDeletedMembers", removed.path("type").asString());
        assertEquals("removed", removed.at("/members/0/memberStatus").asString());
        assertNotNull(bob.next("removed", WsTestClient.WAIT));
        assertEquals(1, bot.resp("/_members #1").at("/group/members").size());

        long item = alice.sendToGroup(1, "spam", null);
        bot.event("newChatItems");
        JsonNode moderated = bot.resp("/_delete member item #1 " + item);
        assertEquals("moderated", moderated.at("/chatItemDeletions/0/toChatItem/chatItem/meta/itemDeleted/type").asString());

        assertEquals("leftMemberUser", bot.resp("/_leave #1").path("type").asString());
        assertEquals("error/groupUserRole", errorOf(bot.resp("/_member role #1 2 member")));
    }

    @Test
    void groupLinkIsCreatedAndJoined() throws InterruptedException {
        bot.resp("/_group 1 {\"displayName\":\"Club\",\"fullName\":\"\"}");
        assertEquals("errorStore/groupLinkNotFound", errorOf(bot.resp("/_get link #1")));
        JsonNode created = bot.resp("/_create link #1 member");
        assertEquals("groupLinkCreated", created.path("type").asString());
        assertEquals("error/groupMemberInitialRole", errorOf(bot.resp("/_set link role #1 admin")));
        assertEquals("observer", bot.resp("/_set link role #1 observer").at("/groupLink/acceptMemberRole").asString());
        String link = created.at("/groupLink/connLinkContact/connShortLink").asString();
        assertEquals("ownLink", bot.resp("/_connect plan 1 " + link).at("/connectionPlan/groupLinkPlan/type").asString());

        VirtualPerson carol = sim.core.person("carol");
        assertEquals(1, carol.joinGroupVia(link));
        JsonNode joined = bot.event("joinedGroupMember");
        assertEquals("carol", joined.at("/resp/member/localDisplayName").asString());
        assertEquals("observer", joined.at("/resp/member/memberRole").asString());
        assertEquals("groupLinkDeleted", bot.resp("/_delete link #1").path("type").asString());
        assertEquals("groupDeletedUser", bot.resp("/_delete #1 full").path("type").asString());
        assertNotNull(carol.next("groupDeleted", WsTestClient.WAIT));
    }

    @Test
    void botInvitedIntoAPersonsGroupJoinsAndLacksAdminRights() throws InterruptedException {
        long groupId = alice.inviteBotToGroup("invite test", Role.MEMBER);
        JsonNode invitation = bot.event("receivedGroupInvitation");
        assertMatches("real-v6.5.4.1-event-receivedGroupInvitation.json", invitation);
        JsonNode accepted = bot.resp("/_join #" + groupId);
        assertEquals("userAcceptedGroupSent", accepted.path("type").asString());
        assertEquals("connected", bot.event("userJoinedGroup").at("/resp/groupInfo/membership/memberStatus").asString());
        assertMatches("real-v6.5.4.1-chatCmdError-errorStore-groupAlreadyJoined.json", withoutCorrId(bot.command("/_join #" + groupId)));
        assertMatches("response-chatCmdError-groupUserRole.json", bot.command("/_add #" + groupId + " " + bob.contactId() + " member"));

        alice.sendToGroup(groupId, "welcome, bot", null);
        assertEquals("groupRcv", bot.event("newChatItems").at("/resp/chatItems/0/chatItem/chatDir/type").asString());
    }

    private static JsonNode withoutCorrId(JsonNode frame) {
        var copy = frame.deepCopy();
        ((tools.jackson.databind.node.ObjectNode) copy).remove("corrId");
        return copy;
    }

    @Test
    void businessAddressOpensABusinessChatPerCustomer() throws InterruptedException {
        bot.resp("/_address_settings 1 {\"businessAddress\":true,\"autoAccept\":{\"acceptIncognito\":false},"
                + "\"autoReply\":{\"type\":\"text\",\"text\":\"How can we help?\"}}");
        VirtualPerson customer = sim.core.person("customer");
        String chat = customer.connectViaAddress();
        assertTrue(chat.startsWith("#"), chat);
        JsonNode accepting = bot.event("acceptingBusinessRequest");
        assertEquals("business", accepting.at("/resp/groupInfo/businessChat/chatType").asString());
        bot.event("joinedGroupMember");
        assertEquals("How can we help?", customer.nextMessage(WsTestClient.WAIT).text());
        long groupId = Long.parseLong(chat.substring(1));
        customer.sendToGroup(groupId, "my order is late", null);
        JsonNode received = bot.event("newChatItems");
        while (!received.at("/resp/chatItems/0/chatItem/content/type").asString().equals("rcvMsgContent")) received = bot.event("newChatItems");
        assertEquals("my order is late", received.at("/resp/chatItems/0/chatItem/meta/itemText").asString());
    }

    @Test
    void inAPersonsGroupOthersJoinChangeRolesGetBlockedRenamedAndRemoved() throws InterruptedException {
        long g = alice.inviteBotToGroup("Theirs", Role.MEMBER);
        bot.event("receivedGroupInvitation");
        bot.resp("/_join #" + g);
        bot.event("userJoinedGroup");

        VirtualPerson carol = sim.core.person("carol");
        alice.addToGroup(g, carol);
        JsonNode connecting = bot.event("joinedGroupMemberConnecting");
        assertEquals("alice", connecting.at("/resp/hostMember/localDisplayName").asString());
        assertEquals("carol", connecting.at("/resp/member/localDisplayName").asString());
        JsonNode connected = bot.event("connectedToGroupMember");
        assertEquals("post", connected.at("/resp/member/memberCategory").asString());
        assertTrue(connected.at("/resp/memberContact").isMissingNode(), "carol is not the bot's contact");

        alice.setMemberRole(g, carol, Role.MODERATOR);
        JsonNode role = bot.event("memberRole");
        assertEquals("carol", role.at("/resp/member/localDisplayName").asString());
        assertEquals("moderator", role.at("/resp/toRole").asString());
        alice.blockMember(g, carol, true);
        assertTrue(bot.event("memberBlockedForAll").at("/resp/blocked").asBoolean());
        carol.changeName("Carol B");
        JsonNode updated = bot.event("groupMemberUpdated");
        assertEquals("Carol B", updated.at("/resp/toMember/memberProfile/displayName").asString());
        assertEquals("carol", updated.at("/resp/fromMember/memberProfile/displayName").asString());
        alice.removeMember(g, carol, true);
        JsonNode removed = bot.event("deletedMember");
        assertEquals("alice", removed.at("/resp/byMember/localDisplayName").asString());
        assertTrue(removed.at("/resp/withMessages").asBoolean());
        alice.changeName("Alice A");
        assertEquals("Alice A", bot.event("contactUpdated").at("/resp/toContact/profile/displayName").asString());
    }

    @Test
    void hostOfAPersonsGroupChangesTheBotsRoleRenamesRemovesAndDeletes() throws InterruptedException {
        long g = alice.inviteBotToGroup("Theirs", Role.MEMBER);
        bot.event("receivedGroupInvitation");
        bot.resp("/_join #" + g);
        bot.event("userJoinedGroup");
        alice.setBotRole(g, Role.ADMIN);
        JsonNode role = bot.event("memberRole");
        assertEquals("member", role.at("/resp/fromRole").asString());
        assertEquals("admin", role.at("/resp/member/memberRole").asString());
        assertEquals("sentGroupInvitation", bot.resp("/_add #" + g + " " + bob.contactId() + " member").path("type").asString());
        alice.renameGroup(g, "Renamed");
        assertEquals("Renamed", bot.event("groupUpdated").at("/resp/toGroup/groupProfile/displayName").asString());
        bob.acceptGroupInvitation(g);
        bot.event("joinedGroupMember");
        bob.leaveGroup(g);
        assertEquals("bob", bot.event("leftMember").at("/resp/member/localDisplayName").asString());
        alice.removeBot(g);
        assertEquals("removed", bot.event("deletedMemberUser").at("/resp/groupInfo/membership/memberStatus").asString());
        assertEquals("error/groupMemberUserRemoved", errorOf(bot.resp("/_send #" + g + " json [{\"msgContent\":{\"type\":\"text\",\"text\":\"x\"}}]")));
        alice.deleteGroup(g);
        assertEquals("groupDeleted", bot.event("groupDeleted").path("resp").path("type").asString());
    }
}
