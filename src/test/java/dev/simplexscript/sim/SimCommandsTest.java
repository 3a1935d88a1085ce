package dev.simplexscript.sim;

import static dev.simplexscript.sim.FixtureShapes.assertMatches;
import static dev.simplexscript.sim.FixtureShapes.assertMatchesAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.sim.json.ApiVersion;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class SimCommandsTest {
    @TempDir
    Path files;

    SimHarness sim;

    @BeforeEach
    void start() throws InterruptedException {
        sim = new SimHarness(files);
    }

    @AfterEach
    void stop() throws InterruptedException {
        sim.close();
    }

    private static String errorType(JsonNode resp) {
        JsonNode e = resp.path("chatError");
        JsonNode inner = e.has("errorType") ? e.path("errorType") : e.path("storeError");
        return e.path("type").asString() + "/" + inner.path("type").asString();
    }

    @Test
    void activeUserAnswersWithFixtureShapeAndAgentUserIdString() throws InterruptedException {
        JsonNode frame = sim.client.command("/user");
        assertMatches("response-activeUser.json", frame);
        assertEquals("1", frame.path("resp").path("user").path("agentUserId").asString());
        assertEquals("bot", frame.path("resp").path("user").path("profile").path("displayName").asString());
    }

    @Test
    void versionCommandAnswersVersionInfo() throws InterruptedException {
        JsonNode resp = sim.client.resp("/v");
        assertEquals("versionInfo", resp.path("type").asString());
        assertTrue(resp.path("versionInfo").path("version").asString().startsWith("6.5"));
        assertTrue(resp.path("chatMigrations").isArray());
    }

    @Test
    void addressLifecycleMatchesFixtures() throws InterruptedException {
        assertMatches("response-chatCmdError-store-userContactLinkNotFound.json", sim.client.command("/_show_address 1"));
        assertMatches("response-userContactLinkCreated.json", sim.client.command("/_address 1"));
        assertEquals("errorStore/duplicateContactLink", errorType(sim.client.resp("/_address 1")));
        JsonNode updated = sim.client.command("/_address_settings 1 {\"businessAddress\":false,\"autoAccept\":{\"acceptIncognito\":false},"
                + "\"autoReply\":{\"type\":\"text\",\"text\":\"Hi\"}}");
        assertMatches("response-userContactLinkUpdated.json", updated);
        assertMatches("response-userContactLink.json", sim.client.command("/_show_address 1"));
        JsonNode profile = sim.client.resp("/_profile_address 1 on");
        assertEquals("userProfileUpdated", profile.path("type").asString());
        assertTrue(profile.path("toProfile").path("contactLink").asString().startsWith("https://"));
        assertEquals("userContactLinkDeleted", sim.client.resp("/_delete_address 1").path("type").asString());
        assertEquals("errorStore/userContactLinkNotFound", errorType(sim.client.resp("/_show_address 1")));
    }

    @Test
    void usersCanBeCreatedListedSwitchedAndDeleted() throws InterruptedException {
        JsonNode created = sim.client.command("/_create user {\"profile\":{\"displayName\":\"second\",\"fullName\":\"\"},\"pastTimestamp\":false}");
        assertMatches("response-activeUser.json", created);
        assertEquals(2, created.path("resp").path("user").path("userId").asLong());
        assertMatches("response-chatCmdError-userExists.json",
                sim.client.command("/_create user {\"profile\":{\"displayName\":\"bot\",\"fullName\":\"\"},\"pastTimestamp\":false}"));
        assertEquals("error/invalidDisplayName",
                errorType(sim.client.resp("/_create user {\"profile\":{\"displayName\":\" x\",\"fullName\":\"\"},\"pastTimestamp\":false}")));
        JsonNode list = sim.client.command("/users");
        assertMatches("response-usersList.json", list);
        assertEquals(2, list.path("resp").path("users").size());
        assertEquals("error/cantDeleteActiveUser", errorType(sim.client.resp("/_delete user 2 del_smp=on")));
        assertEquals(1, sim.client.resp("/_user 1").path("user").path("userId").asLong());
        assertMatches("response-cmdOk.json", sim.client.command("/_delete user 2 del_smp=on"));
        assertEquals("errorStore/userNotFound", errorType(sim.client.resp("/_user 2")));
        JsonNode same = sim.client.resp("/_profile 1 {\"displayName\":\"bot\",\"fullName\":\"\",\"peerType\":\"bot\"}");
        assertEquals("userProfileNoChange", same.path("type").asString());
        assertEquals("userProfileUpdated", sim.client.resp("/_profile 1 {\"displayName\":\"bot\",\"fullName\":\"Bot\"}").path("type").asString());
    }

    @Test
    void emptyDatabaseAnswersNoActiveUser(@TempDir Path other) throws InterruptedException {
        try (SimHarness empty = new SimHarness(other, null, ApiVersion.V6_5)) {
            assertMatches("response-chatCmdError-noActiveUser.json", empty.client.command("/user"));
            assertMatches("response-chatCmdError-noActiveUser.json", empty.client.command("/_contacts 1"));
        }
    }

    @Test
    void unknownIdsGiveStoreErrors() throws InterruptedException {
        assertMatches("response-chatCmdError-store-contactNotFound.json",
                sim.client.command("/_send @99 json [{\"msgContent\":{\"type\":\"text\",\"text\":\"hi\"}}]"));
        assertEquals("errorStore/groupNotFound", errorType(sim.client.resp("/_members #7")));
        assertEquals("errorStore/contactRequestNotFound", errorType(sim.client.resp("/_accept 5")));
        assertEquals("errorStore/fileNotFound", errorType(sim.client.resp("/freceive 3")));
        assertEquals("error/invalidConnReq", errorType(sim.client.resp("/_connect plan 1 https://example.invalid/x")));
    }

    @Test
    void unparsableCommandsGetCommandErrorWithCorrId() throws InterruptedException {
        assertMatches("response-chatCmdError-commandError-parse.json", sim.client.command("/_send @2 json {\"msgContent\":{}}"));
        assertEquals("error/commandError", errorType(sim.client.resp("/nonsense")));
        assertEquals("empty command", sim.client.resp("   ").at("/chatError/errorType/message").asString());
        assertEquals("error/commandError", errorType(sim.client.resp("/_contacts abc")));
        assertEquals("error/commandError", errorType(sim.client.resp("/_reaction @2 1 on {\"type\":\"emoji\",\"emoji\":\"❤️\"}")));
    }

    @Test
    void malformedFramesGetInvalidRequestWithoutCorrIdAndServerKeepsServing() throws Exception {
        for (String bad : new String[] {"not json", "{\"corrId\":1,\"cmd\":\"/user\"}", "{\"cmd\":\"/user\"}", "[1,2]", "{\"corrId\":\"x\"}"}) {
            sim.client.sendRaw(bad);
            JsonNode reply = sim.client.nextEvent(WsTestClient.WAIT);
            assertMatches("response-chatCmdError-invalidRequest-noCorrId.json", reply);
            assertFalse(reply.has("corrId"));
        }
        assertEquals("activeUser", sim.client.resp("/user").path("type").asString());
        try (WsTestClient second = new WsTestClient(sim.server.port())) {
            assertEquals("activeUser", second.resp("/user").path("type").asString());
        }
    }

    @Test
    void groupsListShapeFollowsVersion(@TempDir Path other) throws InterruptedException {
        sim.client.resp("/_group 1 {\"displayName\":\"Team\",\"fullName\":\"\"}");
        assertMatches("response-groupsList.json", sim.client.command("/_groups 1"));
        try (SimHarness old = new SimHarness(other, "bot", ApiVersion.V6_4)) {
            old.client.resp("/_group 1 {\"displayName\":\"Team\",\"fullName\":\"\"}");
            JsonNode list = old.client.command("/_groups 1");
            // The composed v6.4 fixture keeps v6.5 user fields; only its groups differ (fixtures README).
            assertMatchesAt("response-groupsList-v6.4-GroupInfoSummary.json", "/resp/groups", list);
            assertFalse(list.path("resp").path("user").has("userChatRelay"));
        }
    }

    @Test
    void v64ShapesUseConnStatusStringsAndLackNewerFields(@TempDir Path other) throws InterruptedException {
        try (SimHarness old = new SimHarness(other, "bot", ApiVersion.V6_4)) {
            old.client.resp("/_address 1");
            old.client.resp("/_address_settings 1 {\"businessAddress\":false,\"autoAccept\":{\"acceptIncognito\":false}}");
            old.core.person("alice").connectViaAddress();
            JsonNode connected = old.client.event("contactConnected");
            assertEquals("ready", connected.at("/resp/contact/activeConn/connStatus").asString());
            old.core.person("alice").send("hi");
            JsonNode item = old.client.event("newChatItems").at("/resp/chatItems/0/chatItem/meta");
            assertFalse(item.has("hasLink"));
            assertTrue(old.client.resp("/v").at("/versionInfo/version").asString().startsWith("6.4"));
        }
    }
}
