package dev.simplexscript.sim;

import static dev.simplexscript.sim.FixtureShapes.assertMatches;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.sim.people.VirtualPerson;
import dev.simplexscript.sim.world.Seen;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Virtual people talking to the bot through the simulated core, seen over a real WebSocket. */
class SimContactScenarioTest {
    @TempDir
    Path files;

    SimHarness sim;
    WsTestClient bot;

    @BeforeEach
    void start() throws InterruptedException {
        sim = new SimHarness(files);
        bot = sim.client;
        bot.resp("/_address 1");
    }

    @AfterEach
    void stop() throws InterruptedException {
        sim.close();
    }

    private void autoAccept(String welcome) throws InterruptedException {
        String reply = welcome == null ? "" : ",\"autoReply\":{\"type\":\"text\",\"text\":\"" + welcome + "\"}";
        bot.resp("/_address_settings 1 {\"businessAddress\":false,\"autoAccept\":{\"acceptIncognito\":false}" + reply + "}");
    }

    /** alice connected with auto-accept, her connection events consumed. */
    private VirtualPerson connectedAlice() throws InterruptedException {
        autoAccept(null);
        VirtualPerson alice = sim.core.person("alice");
        alice.connectViaAddress();
        bot.event("contactConnected");
        return alice;
    }

    @Test
    void autoAcceptSendsWelcomeAndConnectsInOrder() throws InterruptedException {
        autoAccept("Hi! Send /help");
        VirtualPerson alice = sim.core.person("alice");
        alice.connectViaAddress();
        JsonNode accepting = bot.nextEvent(WsTestClient.WAIT);
        assertMatches("event-acceptingContactRequest.json", accepting);
        // The core's JOINED: the bot may send from here on, before the connection is complete.
        JsonNode sndReady = bot.nextEvent(WsTestClient.WAIT);
        assertEquals("contactSndReady", sndReady.at("/resp/type").asString());
        assertEquals("sndReady", sndReady.at("/resp/contact/activeConn/connStatus/type").asString());
        JsonNode welcome = bot.nextEvent(WsTestClient.WAIT);
        assertEquals("newChatItems", welcome.path("resp").path("type").asString());
        assertEquals("sndMsgContent", welcome.at("/resp/chatItems/0/chatItem/content/type").asString());
        JsonNode connected = bot.nextEvent(WsTestClient.WAIT);
        assertMatches("event-contactConnected.json", connected);
        assertMatches("event-chatItemsStatusesUpdated.json", bot.event("chatItemsStatusesUpdated"));
        Seen seen = alice.nextMessage(WsTestClient.WAIT);
        assertNotNull(seen);
        assertEquals("Hi! Send /help", seen.text());
        assertEquals(2, alice.contactId());
        assertMatches("response-contactsList.json", bot.command("/_contacts 1"));
    }

    @Test
    void withoutAutoAcceptTheBotAcceptsOrRejectsRequests() throws InterruptedException {
        VirtualPerson carol = sim.core.person("carol");
        carol.connectViaAddress();
        JsonNode request = bot.event("receivedContactRequest");
        assertMatches("event-receivedContactRequest.json", request);
        long requestId = request.at("/resp/contactRequest/contactRequestId").asLong();
        JsonNode accepted = bot.command("/_accept " + requestId);
        assertMatches("response-acceptingContactRequest.json", accepted);
        assertEquals("accepted", accepted.at("/resp/contact/activeConn/connStatus/type").asString());
        assertEquals("ready", bot.event("contactConnected").at("/resp/contact/activeConn/connStatus/type").asString());
        assertTrue(carol.isContact());

        VirtualPerson dan = sim.core.person("dan");
        dan.connectViaAddress();
        long second = bot.event("receivedContactRequest").at("/resp/contactRequest/contactRequestId").asLong();
        assertEquals("contactRequestRejected", bot.resp("/_reject " + second).path("type").asString());
        assertFalse(dan.isContact());
        assertEquals("errorStore", bot.resp("/_accept " + second).at("/chatError/type").asString());
    }

    @Test
    void conversationWithQuoteEditDeleteAndReactions() throws InterruptedException {
        VirtualPerson alice = connectedAlice();
        long hello = alice.send("Hello! Can you help me?");
        JsonNode received = bot.event("newChatItems");
        assertMatches("event-newChatItems-direct-text.json", received);
        assertEquals(hello, received.at("/resp/chatItems/0/chatItem/meta/itemId").asLong());

        JsonNode sent = bot.command("/_send @2 json [{\"msgContent\":{\"type\":\"text\",\"text\":\"Sure!\"},\"quotedItemId\":" + hello + "}]");
        assertMatches("response-newChatItems-sent.json", sent);
        long reply = sent.at("/resp/chatItems/0/chatItem/meta/itemId").asLong();
        assertEquals("sndNew", sent.at("/resp/chatItems/0/chatItem/meta/itemStatus/type").asString());
        assertEquals("sndSent", bot.event("chatItemsStatusesUpdated").at("/resp/chatItems/0/chatItem/meta/itemStatus/type").asString());
        assertEquals("sndRcvd", bot.event("chatItemsStatusesUpdated").at("/resp/chatItems/0/chatItem/meta/itemStatus/type").asString());
        Seen seen = alice.nextMessage(WsTestClient.WAIT);
        assertEquals("Sure!", seen.text());
        assertEquals(hello, seen.details().path("quotedItemId").asLong());

        JsonNode edited = bot.command("/_update item @2 " + reply + " json {\"msgContent\":{\"type\":\"text\",\"text\":\"Sure, send the order number.\"},\"mentions\":{}}");
        assertMatches("response-chatItemUpdated.json", edited);
        assertEquals("edited", alice.next(WsTestClient.WAIT).kind());
        assertEquals("chatItemNotChanged", bot.resp("/_update item @2 " + reply
                + " json {\"msgContent\":{\"type\":\"text\",\"text\":\"Sure, send the order number.\"},\"mentions\":{}}").path("type").asString());
        assertMatches("response-chatCmdError-invalidChatItemUpdate.json",
                bot.command("/_update item @2 " + hello + " json {\"msgContent\":{\"type\":\"text\",\"text\":\"x\"},\"mentions\":{}}"));

        assertMatches("response-chatItemReaction.json", bot.command("/_reaction @2 " + hello + " on {\"type\":\"emoji\",\"emoji\":\"👍\"}"));
        alice.react(reply, "👍", true);
        JsonNode reaction = bot.event("chatItemReaction");
        assertMatches("event-chatItemReaction.json", reaction);
        assertEquals("directRcv", reaction.at("/resp/reaction/chatReaction/chatDir/type").asString());

        alice.edit(hello, "Hello! Can you help me with order A-1?");
        assertMatches("event-chatItemUpdated.json", bot.event("chatItemUpdated"));
        alice.delete(hello);
        JsonNode deleted = bot.event("chatItemsDeleted");
        assertMatches("event-chatItemsDeleted.json", deleted);
        assertFalse(deleted.path("resp").path("byUser").asBoolean());

        JsonNode internal = bot.command("/_delete item @2 " + reply + " internal");
        assertMatches("response-chatItemsDeleted.json", internal);
        assertEquals("errorStore/chatItemNotFound", errorOf(bot.resp("/_delete item @2 " + reply + " internal")));
        assertEquals("error/invalidChatItemDelete", errorOf(bot.resp("/_delete item @2 " + hello + " broadcast")));

        long another = bot.resp("/_send @2 json [{\"msgContent\":{\"type\":\"text\",\"text\":\"oops\"}}]").at("/chatItems/0/chatItem/meta/itemId").asLong();
        JsonNode broadcast = bot.resp("/_delete item @2 " + another + " broadcast");
        assertEquals("deleted", broadcast.at("/chatItemDeletions/0/toChatItem/chatItem/meta/itemDeleted/type").asString());
    }

    private static String errorOf(JsonNode resp) {
        JsonNode e = resp.path("chatError");
        return e.path("type").asString() + "/" + (e.has("errorType") ? e.path("errorType") : e.path("storeError")).path("type").asString();
    }

    @Test
    void oversizeMessageIsRefusedWithLargeMsgAndTheChatGoesOn() throws InterruptedException {
        connectedAlice();
        String big = "x".repeat(15_700);
        assertMatches("response-chatCmdError-store-largeMsg.json",
                bot.command("/_send @2 json [{\"msgContent\":{\"type\":\"text\",\"text\":\"" + big + "\"}}]"));
        assertEquals("newChatItems", bot.resp("/_send @2 json [{\"msgContent\":{\"type\":\"text\",\"text\":\"short\"}}]").path("type").asString());
    }

    @Test
    void receivedFileIsWrittenIntoTheFilesFolder() throws Exception {
        VirtualPerson alice = connectedAlice();
        byte[] content = "invoice body".getBytes(StandardCharsets.UTF_8);
        alice.sendFile("invoice.pdf", content, "Here is the invoice");
        JsonNode offer = bot.event("newChatItems");
        assertMatches("event-newChatItems-direct-file-offer.json", offer);
        long fileId = offer.at("/resp/chatItems/0/chatItem/file/fileId").asLong();

        assertMatches("response-rcvFileAccepted.json", bot.command("/freceive " + fileId + " approved_relays=on"));
        assertMatches("event-rcvFileDescrReady.json", bot.event("rcvFileDescrReady"));
        assertEquals("rcvTransfer", bot.event("rcvFileStart").at("/resp/chatItem/chatItem/file/fileStatus/type").asString());
        JsonNode complete = bot.event("rcvFileComplete");
        assertMatches("event-rcvFileComplete.json", complete);
        Path saved = Path.of(complete.at("/resp/chatItem/chatItem/file/fileSource/filePath").asString());
        assertEquals(files.resolve("invoice.pdf"), saved);
        assertArrayEquals(content, Files.readAllBytes(saved));
        assertEquals("error/fileAlreadyReceiving", errorOf(bot.resp("/freceive " + fileId)));

        alice.sendFile("second.txt", content, "another");
        long second = bot.event("newChatItems").at("/resp/chatItems/0/chatItem/file/fileId").asLong();
        JsonNode cancelled = bot.resp("/fcancel " + second);
        assertEquals("rcvFileCancelled", cancelled.path("type").asString());
        assertEquals("error/fileCancelled", errorOf(bot.resp("/freceive " + second)));
    }

    @Test
    void botSendsAFileFromDiskAndThePersonGetsIt() throws Exception {
        VirtualPerson alice = connectedAlice();
        Path report = Files.writeString(files.resolve("report.txt"), "numbers");
        JsonNode sent = bot.resp("/_send @2 json [{\"msgContent\":{\"type\":\"file\",\"text\":\"\"},\"fileSource\":{\"filePath\":\"" + report + "\"}}]");
        assertEquals("sndStored", sent.at("/chatItems/0/chatItem/file/fileStatus/type").asString());
        assertEquals("sndComplete", bot.event("sndFileCompleteXFTP").at("/resp/chatItem/chatItem/file/fileStatus/type").asString());
        Seen seen = alice.nextMessage(WsTestClient.WAIT);
        assertEquals("report.txt", seen.details().path("fileName").asString());
        assertEquals("error/fileNotFound", errorOf(bot.resp(
                "/_send @2 json [{\"msgContent\":{\"type\":\"file\",\"text\":\"\"},\"fileSource\":{\"filePath\":\"" + files.resolve("none") + "\"}}]")));
    }

    @Test
    void botConnectsToInvitationLinksBothWays() throws InterruptedException {
        VirtualPerson dave = sim.core.person("dave");
        String link = dave.invitationLink();
        JsonNode plan = bot.resp("/_connect plan 1 " + link);
        assertEquals("invitationLink", plan.at("/connectionPlan/type").asString());
        assertEquals("ok", plan.at("/connectionPlan/invitationLinkPlan/type").asString());
        assertEquals("sentConfirmation", bot.resp("/connect " + link).path("type").asString());
        JsonNode connecting = bot.event("contactConnecting").path("resp");
        assertEquals("dave", connecting.at("/contact/localDisplayName").asString(), "dave's profile arrived");
        assertEquals("joined", connecting.at("/contact/activeConn/connStatus/type").asString());
        JsonNode connected = bot.nextEvent(WsTestClient.WAIT).path("resp");
        assertEquals("contactConnected", connected.path("type").asString());
        assertEquals("dave", connected.at("/contact/localDisplayName").asString());

        JsonNode invitation = bot.resp("/_connect 1");
        assertEquals("invitation", invitation.path("type").asString());
        String own = invitation.at("/connLinkInvitation/connShortLink").asString();
        assertEquals("ownLink", bot.resp("/_connect plan 1 " + own).at("/connectionPlan/invitationLinkPlan/type").asString());
        VirtualPerson erin = sim.core.person("erin");
        erin.connectVia(own);
        assertEquals("erin", bot.event("contactConnecting").at("/resp/contact/localDisplayName").asString());
        bot.event("contactConnected");
        assertTrue(erin.isContact());
    }

    @Test
    void deletingAChatRemovesTheContactAndTellsThePerson() throws InterruptedException {
        VirtualPerson alice = connectedAlice();
        alice.send("bye");
        assertEquals("contactDeleted", bot.resp("/_delete @2 full").path("type").asString());
        assertNotNull(alice.next("contactDeleted", WsTestClient.WAIT));
        assertEquals(0, bot.resp("/_contacts 1").path("contacts").size());
        assertEquals("errorStore/contactNotFound", errorOf(bot.resp("/_delete @2 full")));
    }
}
