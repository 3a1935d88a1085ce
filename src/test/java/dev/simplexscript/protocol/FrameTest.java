package dev.simplexscript.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FrameTest {
    static final String USER = "{\"userId\":1,\"agentUserId\":\"1\",\"userContactId\":1,\"localDisplayName\":\"bot\","
            + "\"profile\":{\"profileId\":1,\"displayName\":\"bot\",\"fullName\":\"\",\"localAlias\":\"\"},"
            + "\"fullPreferences\":{},\"activeUser\":true,\"showNtfs\":true,\"sendRcptsContacts\":true,\"sendRcptsSmallGroups\":true}";

    @Test
    void sameTagIsTheResponseOrTheEventDependingOnCorrId() {
        String resp = "{\"type\":\"newChatItems\",\"user\":" + USER + ",\"chatItems\":[]}";
        Frame response = Frame.read("{\"corrId\":\"7\",\"resp\":" + resp + "}");
        Frame event = Frame.read("{\"resp\":" + resp + "}");
        assertEquals("7", assertInstanceOf(Frame.Response.class, response).corrId());
        assertInstanceOf(Frame.Event.class, event);
        assertEquals(Json.parse(resp), response.resp());
        assertEquals(response.resp(), event.resp());
    }

    @Test
    void chatCmdErrorWithCorrIdIsAResponseNamingTheError() {
        Frame.Response r = assertInstanceOf(Frame.Response.class, Frame.read(Fixtures.read("response-chatCmdError-store-contactNotFound.json")));
        assertTrue(r.isCommandError());
        ChatException e = new ChatException(r.resp().path("chatError"));
        assertEquals("errorStore/contactNotFound", e.errorType());
        assertTrue(e.is("contactNotFound"));
        assertFalse(assertInstanceOf(Frame.Response.class, Frame.read(Fixtures.read("response-cmdOk.json"))).isCommandError());
    }

    @Test
    void chatCmdErrorWithoutCorrIdArrivesAsAnEventNamingTheInvalidRequest() {
        Frame.Event e = assertInstanceOf(Frame.Event.class, Frame.read(Fixtures.read("response-chatCmdError-invalidRequest-noCorrId.json")));
        assertTrue(e.isCommandError());
        ChatException error = new ChatException(e.resp().path("chatError"));
        assertEquals("error/commandError", error.errorType());
        assertTrue(error.getMessage().contains("invalid request"), error.getMessage());
    }

    @Test
    void chatErrorEventNamesTheAgentError() {
        Frame.Event e = assertInstanceOf(Frame.Event.class, Frame.read(Fixtures.read("event-chatError-errorAgent.json")));
        assertEquals("chatError", e.type());
        assertFalse(e.isCommandError());
        assertEquals("errorAgent/BROKER", new ChatException(e.resp().path("chatError")).errorType());
    }

    @Test
    void rightWrapperIsUnwrapped() {
        Frame f = Frame.read("{\"corrId\":\"1\",\"resp\":{\"Right\":{\"type\":\"activeUser\",\"user\":" + USER + "}}}");
        assertEquals("activeUser", f.type());
        assertEquals(1, f.resp().path("user").path("userId").asInt());
    }

    @Test
    void leftWrapperBecomesAChatCmdError() {
        String store = "{\"type\":\"errorStore\",\"storeError\":{\"type\":\"userContactLinkNotFound\"}}";
        Frame bare = Frame.read("{\"corrId\":\"1\",\"resp\":{\"Left\":" + store + "}}");
        Frame wrapped = Frame.read("{\"corrId\":\"1\",\"resp\":{\"Left\":{\"type\":\"chatCmdError\",\"chatError\":" + store + "}}}");
        assertTrue(bare.isCommandError());
        assertEquals("errorStore/userContactLinkNotFound", new ChatException(bare.resp().path("chatError")).errorType());
        assertEquals(bare, wrapped);
    }

    @Test
    void unknownTypesKeepTheirTagAndEveryField() {
        String text = "{\"resp\":{\"type\":\"brandNewThing\",\"x\":[1,2]}}";
        Frame.Event e = assertInstanceOf(Frame.Event.class, Frame.read(text));
        assertEquals("brandNewThing", e.type());
        assertEquals(text, e.write(false));
        Frame.Response r = assertInstanceOf(Frame.Response.class, Frame.read("{\"corrId\":\"3\",\"resp\":{\"type\":\"agentSubs\",\"n\":1}}"));
        assertEquals("agentSubs", r.type());
        assertEquals(1, r.resp().path("n").asInt());
    }

    @Test
    void malformedFramesGetAnErrorNamingTheCause() {
        assertTrue(assertThrows(FrameException.class, () -> Frame.read("{\"resp\":")).getMessage().startsWith("not valid JSON"));
        assertTrue(assertThrows(FrameException.class, () -> Frame.read("[1]")).getMessage().contains("not a JSON object"));
        assertTrue(assertThrows(FrameException.class, () -> Frame.read("{\"corrId\":\"1\"}")).getMessage().contains("no \"resp\""));
        assertTrue(assertThrows(FrameException.class, () -> Frame.read("{\"corrId\":1,\"resp\":{\"type\":\"cmdOk\"}}"))
                .getMessage().contains("\"corrId\" is not a string"));
    }

    @Test
    void nullCorrIdIsAnEventAndATypeThatIsNotAStringReadsAsNone() {
        Frame f = Frame.read("{\"corrId\":null,\"resp\":{\"type\":\"cmdOk\",\"user_\":null}}");
        assertEquals("cmdOk", assertInstanceOf(Frame.Event.class, f).type());
        assertEquals("", Frame.read("{\"resp\":{\"type\":7}}").type());
    }

    @Test
    void requestEscapesTheCommandAsAJsonString() {
        String command = "/_send @2 json [{\"msgContent\":{\"type\":\"text\",\"text\":\"a\\nb \\\\ ü 😀\"}}]\t";
        JsonNode frame = Json.parse(new Frame.Request("17", command).write());
        assertEquals("17", frame.get("corrId").stringValue());
        assertEquals(command, frame.get("cmd").stringValue());
        assertFalse(new Frame.Request("17", "line1\nline2").write().contains("\n"), "one frame, one line");
        assertEquals(new Frame.Request("17", command), Frame.Request.read(new Frame.Request("17", command).write()).orElseThrow());
        assertTrue(Frame.Request.read("{\"corrId\":1,\"cmd\":\"/v\"}").isEmpty());
    }

    @Test
    void readKeepsTheTreeAsSent() {
        Frame response = Frame.read("{\"corrId\":\"3\",\"resp\":{\"type\":\"activeUser\"}}");
        assertEquals("3", assertInstanceOf(Frame.Response.class, response).corrId());
        assertEquals("activeUser", response.type());
        Frame event = Frame.read(Fixtures.read("event-contactConnected.json"));
        assertEquals("contactConnected", assertInstanceOf(Frame.Event.class, event).type());
        assertEquals("x", Frame.read("{\"resp\":{\"type\":\"x\",\"user\":\"not a user\"}}").type(), "fields are not checked on read");
        byte[] utf8 = ("  " + Fixtures.read("event-contactConnected.json")).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(event, Frame.read(utf8, 2, utf8.length - 2));
    }

    @Test
    void singleKeyRightOrLeftWrapperIsRemovedButRealFieldsAreKept() {
        assertEquals("activeUser", Frame.read("{\"corrId\":\"1\",\"resp\":{\"Right\":{\"type\":\"activeUser\"}}}").type());
        assertTrue(Frame.read("{\"corrId\":\"1\",\"resp\":{\"Left\":{\"type\":\"chatCmdError\",\"chatError\":{}}}}").isCommandError());
        assertEquals("x", Frame.read("{\"resp\":{\"type\":\"x\",\"Right\":{\"a\":1}}}").type());
        JsonNode resp = Json.parse("{\"type\":\"cmdOk\"}");
        assertEquals(new Frame.Response("1", resp), Frame.read(new Frame.Response("1", resp).write(true)));
        assertEquals(new Frame.Event(resp), Frame.read(new Frame.Event(resp).write(true)));
    }

    @Test
    void truncatedJsonIsNotJsonAndWrongShapesAreJson() {
        assertTrue(assertThrows(FrameException.class, () -> Frame.read("{\"resp\":{\"type\":")).notJson());
        assertFalse(assertThrows(FrameException.class, () -> Frame.read("{\"resp\":[]}")).notJson());
        assertFalse(assertThrows(FrameException.class, () -> Frame.read("42")).notJson());
        byte[] badUtf8 = {'{', '"', 'r', 'e', 's', 'p', '"', ':', '{', '"', 't', '"', ':', '"', (byte) 0xC3, '"', '}', '}'};
        assertTrue(assertThrows(FrameException.class, () -> Frame.read(badUtf8, 0, badUtf8.length)).notJson(), "invalid UTF-8");
    }

    @Test
    void excerptIsShortAndSingleLine() {
        String excerpt = Frame.excerpt("a\nb" + "x".repeat(1_000));
        assertFalse(excerpt.contains("\n"));
        assertTrue(excerpt.length() < 200 && excerpt.endsWith("(1003 chars)"), excerpt);
    }
}
