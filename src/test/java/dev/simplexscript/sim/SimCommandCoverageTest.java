package dev.simplexscript.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.sim.people.VirtualPerson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The commands and error paths the scenario tests do not reach. */
class SimCommandCoverageTest {
    @TempDir
    Path files;

    SimHarness sim;
    WsTestClient bot;
    VirtualPerson alice;

    @BeforeEach
    void start() throws InterruptedException {
        sim = new SimHarness(files);
        bot = sim.client;
        bot.resp("/_address 1");
        bot.resp("/_address_settings 1 {\"businessAddress\":false,\"autoAccept\":{\"acceptIncognito\":false}}");
        alice = sim.core.person("alice");
        alice.connectViaAddress();
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

    @Test
    void contactPreferencesOverrideTheUsersForThatContact() throws InterruptedException {
        JsonNode resp = bot.resp("/_set prefs @2 {\"files\":{\"allow\":\"no\"}}");
        assertEquals("contactPrefsUpdated", resp.path("type").asString());
        assertEquals("contact", resp.at("/toContact/mergedPreferences/files/userPreference/type").asString());
        assertEquals("user", resp.at("/fromContact/mergedPreferences/files/userPreference/type").asString());
        assertEquals("errorStore/contactNotFound", errorOf(bot.resp("/_set prefs @9 {}")));
    }

    @Test
    void deleteChatModesKeepOrRemoveTheContact() throws InterruptedException {
        alice.send("one");
        assertEquals("contactDeleted", bot.resp("/_delete @2 messages").path("type").asString());
        assertEquals(1, bot.resp("/_contacts 1").path("contacts").size());
        assertEquals("errorStore/chatItemNotFound", errorOf(bot.resp("/_delete item @2 1 internal")));
        JsonNode entity = bot.resp("/_delete @2 entity notify=off");
        assertEquals("deletedByUser", entity.at("/contact/contactStatus").asString());
        assertEquals(0, bot.resp("/_contacts 1").path("contacts").size());
    }

    @Test
    void groupProfileUpdateAndMemberAdmission() throws InterruptedException {
        bot.resp("/_group 1 {\"displayName\":\"Club\",\"fullName\":\"\",\"memberAdmission\":{\"review\":\"all\"}}");
        JsonNode updated = bot.resp("/_group_profile #1 {\"displayName\":\"Club\",\"fullName\":\"The club\",\"memberAdmission\":{\"review\":\"all\"}}");
        assertEquals("groupUpdated", updated.path("type").asString());
        assertEquals("The club", updated.at("/toGroup/groupProfile/fullName").asString());
        String link = bot.resp("/_create link #1 member").at("/groupLink/connLinkContact/connFullLink").asString();
        VirtualPerson carol = sim.core.person("carol");
        carol.joinGroupVia(link);
        JsonNode pending = bot.event("joinedGroupMember");
        assertEquals("pending_review", pending.at("/resp/member/memberStatus").asString());
        long memberId = pending.at("/resp/member/groupMemberId").asLong();
        assertEquals("memberAccepted", bot.resp("/_accept member #1 " + memberId + " author").path("type").asString());
        assertEquals("author", bot.event("joinedGroupMember").at("/resp/member/memberRole").asString());
        assertEquals("error/groupMemberNotActive", errorOf(bot.resp("/_accept member #1 " + memberId + " member")));
        assertEquals(1, bot.resp("/_groups 1 clu").path("groups").size());
        assertEquals(0, bot.resp("/_groups 1 nomatch").path("groups").size());
    }

    @Test
    void roleChecksApplyToEveryManagementCommand() throws InterruptedException {
        long g = alice.inviteBotToGroup("Theirs", dev.simplexscript.sim.world.Role.MEMBER);
        bot.event("receivedGroupInvitation");
        bot.resp("/_join #" + g);
        bot.event("userJoinedGroup");
        long host = bot.resp("/_members #" + g).at("/group/members/0/groupMemberId").asLong();
        long item = alice.sendToGroup(g, "hello", null);
        for (String cmd : new String[] {"/_member role #" + g + " " + host + " member", "/_block #" + g + " " + host + " blocked=on",
                "/_remove #" + g + " " + host, "/_create link #" + g + " member", "/_add #" + g + " " + alice.contactId() + " member",
                "/_group_profile #" + g + " {\"displayName\":\"X\",\"fullName\":\"\"}", "/_delete member item #" + g + " " + item}) {
            assertEquals("error/groupUserRole", errorOf(bot.resp(cmd)), cmd);
        }
        assertEquals("errorStore/groupMemberNotFound", errorOf(bot.resp("/_remove #" + g + " 77")));
    }

    @Test
    void sentFileCanBeCancelledOnceButNotAfterCompletion() throws Exception {
        Path file = Files.writeString(files.resolve("out.txt"), "data");
        long fileId = bot.resp("/_send @2 json [{\"msgContent\":{\"type\":\"file\",\"text\":\"\"},\"fileSource\":{\"filePath\":\"" + file + "\"}}]")
                .at("/chatItems/0/chatItem/file/fileId").asLong();
        bot.event("sndFileCompleteXFTP");
        assertEquals("error/fileCancel", errorOf(bot.resp("/fcancel " + fileId)));
        assertEquals("errorStore/rcvFileNotFound", errorOf(bot.resp("/freceive " + fileId)));
    }

    @Test
    void connectingWithAPreparedLinkAndKnownContacts() throws InterruptedException {
        VirtualPerson frank = sim.core.person("frank");
        String address = frank.addressLink();
        JsonNode plan = bot.resp("/_connect plan 1 " + address);
        assertEquals("contactAddress", plan.at("/connectionPlan/type").asString());
        String full = plan.at("/connLink/connFullLink").asString();
        String shortLink = plan.at("/connLink/connShortLink").asString();
        assertEquals("sentInvitation", bot.resp("/_connect 1 " + full + " " + shortLink).path("type").asString());
        assertEquals("frank", bot.event("contactConnecting").at("/resp/contact/localDisplayName").asString(), "as shipped cores, on frank's profile");
        bot.event("contactConnected");
        assertEquals("known", bot.resp("/_connect plan 1 " + address).at("/connectionPlan/contactAddressPlan/type").asString());
        assertEquals("contactAlreadyExists", bot.resp("/connect " + address).path("type").asString());
        assertEquals("invitation", bot.resp("/connect").path("type").asString(), "without a link, a one-time invitation as shipped cores make");
    }

    @Test
    void internalMarkKeepsTheItemMarkedDeletedWithoutTellingThePerson() throws InterruptedException {
        long sent = bot.resp("/_send @2 json [{\"msgContent\":{\"type\":\"text\",\"text\":\"note\"}}]").at("/chatItems/0/chatItem/meta/itemId").asLong();
        assertNotNull(alice.nextMessage(WsTestClient.WAIT));
        JsonNode marked = bot.resp("/_delete item @2 " + sent + " internalMark");
        assertEquals("deleted", marked.at("/chatItemDeletions/0/toChatItem/chatItem/meta/itemDeleted/type").asString());
        assertFalse(alice.seen().stream().anyMatch(s -> s.kind().equals("deleted")));
        assertEquals("errorStore/chatItemNotFound", errorOf(bot.resp("/_reaction @2 " + sent + " on {\"type\":\"emoji\",\"emoji\":\"👍\"}")));
    }
}
