package dev.simplexscript.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.protocol.event.ChatEvent;
import dev.simplexscript.protocol.model.AgentErrorType;
import dev.simplexscript.protocol.model.ChatError;
import dev.simplexscript.protocol.model.ChatErrorType;
import dev.simplexscript.protocol.model.StoreError;
import dev.simplexscript.protocol.response.ChatResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FrameTest {
    static final String USER = "{\"userId\":1,\"agentUserId\":\"1\",\"userContactId\":1,\"localDisplayName\":\"bot\","
            + "\"profile\":{\"profileId\":1,\"displayName\":\"bot\",\"fullName\":\"\",\"localAlias\":\"\"},"
            + "\"fullPreferences\":{},\"activeUser\":true,\"showNtfs\":true,\"sendRcptsContacts\":true,\"sendRcptsSmallGroups\":true}";

    @Test
    void sameTagDecodesToTheResponseOrTheEventDependingOnCorrId() {
        String resp = "{\"type\":\"newChatItems\",\"user\":" + USER + ",\"chatItems\":[]}";
        Frame response = Frame.decode("{\"corrId\":\"7\",\"resp\":" + resp + "}");
        Frame event = Frame.decode("{\"resp\":" + resp + "}");
        assertEquals("7", assertInstanceOf(Frame.Response.class, response).corrId());
        assertInstanceOf(ChatResponse.NewChatItems.class, ((Frame.Response) response).response());
        assertInstanceOf(ChatEvent.NewChatItems.class, assertInstanceOf(Frame.Event.class, event).event());
    }

    @Test
    void chatCmdErrorWithCorrIdThrowsATypedChatException() {
        Frame.Response r = (Frame.Response) Frame.decode(Fixtures.read("response-chatCmdError-store-contactNotFound.json"));
        ChatException e = assertThrows(ChatException.class, r::orThrow);
        assertEquals("errorStore/contactNotFound", e.errorType());
        StoreError store = assertInstanceOf(ChatError.ErrorStore.class, e.error()).storeError();
        assertEquals(99, assertInstanceOf(StoreError.ContactNotFound.class, store).contactId());
    }

    @Test
    void successfulResponseIsReturnedByOrThrow() {
        Frame.Response r = (Frame.Response) Frame.decode(Fixtures.read("response-cmdOk.json"));
        assertInstanceOf(ChatResponse.CmdOk.class, r.orThrow());
    }

    @Test
    void chatCmdErrorWithoutCorrIdArrivesAsAnEventNamingTheInvalidRequest() {
        Frame.Event e = (Frame.Event) Frame.decode(Fixtures.read("response-chatCmdError-invalidRequest-noCorrId.json"));
        ChatError error = assertInstanceOf(ChatEvent.ChatCmdError.class, e.event()).chatError();
        ChatErrorType type = assertInstanceOf(ChatError.Error.class, error).errorType();
        assertEquals("invalid request", assertInstanceOf(ChatErrorType.CommandError.class, type).message());
        assertEquals("error/commandError", Frame.exception(error).errorType());
    }

    @Test
    void olderChatCmdErrorKeepsItsUser() {
        // An FFI capture: a response although it has no corrId (fixtures README).
        JsonNode resp = Json.parse(Fixtures.read("real-mobiletests-chatCmdError-userExists-with-user_.json")).get("resp");
        ChatResponse.ChatCmdError e = assertInstanceOf(ChatResponse.ChatCmdError.class, Frame.decodeResponse(resp));
        assertEquals("alice", e.user_().localDisplayName());
        ChatErrorType type = ((ChatError.Error) e.chatError()).errorType();
        assertEquals("alice", assertInstanceOf(ChatErrorType.UserExists.class, type).contactName());
    }

    @Test
    void chatErrorEventCarriesTheTypedAgentError() {
        Frame.Event e = (Frame.Event) Frame.decode(Fixtures.read("event-chatError-errorAgent.json"));
        ChatError error = assertInstanceOf(ChatEvent.ChatError.class, e.event()).chatError();
        ChatError.ErrorAgent agent = assertInstanceOf(ChatError.ErrorAgent.class, error);
        AgentErrorType.Broker broker = assertInstanceOf(AgentErrorType.Broker.class, agent.agentError());
        assertEquals("TIMEOUT", broker.brokerErr().path("type").asString());
        assertEquals("errorAgent/BROKER", Frame.exception(error).errorType());
    }

    @Test
    void rightWrapperIsUnwrapped() {
        Frame f = Frame.decode("{\"corrId\":\"1\",\"resp\":{\"Right\":{\"type\":\"activeUser\",\"user\":" + USER + "}}}");
        ChatResponse.ActiveUser active = assertInstanceOf(ChatResponse.ActiveUser.class, ((Frame.Response) f).response());
        assertEquals(1, active.user().agentUserId());
    }

    @Test
    void leftWrapperBecomesAChatCmdError() {
        String store = "{\"type\":\"errorStore\",\"storeError\":{\"type\":\"userContactLinkNotFound\"}}";
        Frame bare = Frame.decode("{\"corrId\":\"1\",\"resp\":{\"Left\":" + store + "}}");
        Frame wrapped = Frame.decode("{\"corrId\":\"1\",\"resp\":{\"Left\":{\"type\":\"chatCmdError\",\"chatError\":" + store + "}}}");
        ChatException e = assertThrows(ChatException.class, ((Frame.Response) bare)::orThrow);
        assertEquals("errorStore/userContactLinkNotFound", e.errorType());
        assertEquals(((Frame.Response) bare).response(), ((Frame.Response) wrapped).response());
    }

    @Test
    void unknownEventTypeKeepsItsTagAndRawObject() {
        Frame.Event e = (Frame.Event) Frame.decode("{\"resp\":{\"type\":\"brandNewThing\",\"x\":[1,2]}}");
        ChatEvent.UnknownEvent u = assertInstanceOf(ChatEvent.UnknownEvent.class, e.event());
        assertEquals("brandNewThing", u.type());
        assertEquals(Json.parse("{\"type\":\"brandNewThing\",\"x\":[1,2]}"), u.raw());
        assertEquals("{\"resp\":{\"type\":\"brandNewThing\",\"x\":[1,2]}}", Frame.encode(u));
    }

    @Test
    void unknownResponseTypeIsKeptToo() {
        Frame.Response r = (Frame.Response) Frame.decode("{\"corrId\":\"3\",\"resp\":{\"type\":\"agentSubs\",\"n\":1}}");
        assertEquals("agentSubs", assertInstanceOf(ChatResponse.UnknownResponse.class, r.response()).type());
        assertEquals(r.response(), r.orThrow());
    }

    @Test
    void terminalEventPayloadUnderDataIsDecodedAsAnEvent() {
        Frame.Event e = (Frame.Event) Frame.decode(Fixtures.read("event-unknown-terminalEvent.json"));
        ChatEvent.TerminalEvent t = assertInstanceOf(ChatEvent.TerminalEvent.class, e.event());
        assertEquals("contactVerificationReset", assertInstanceOf(ChatEvent.UnknownEvent.class, t.data()).type());
    }

    @Test
    void timedActionIsTyped() {
        Frame.Event e = (Frame.Event) Frame.decode(Fixtures.read("event-unknown-timedAction.json"));
        assertEquals(412, assertInstanceOf(ChatEvent.TimedAction.class, e.event()).durationMilliseconds());
    }

    @Test
    void malformedFramesGetAnErrorNamingTheCause() {
        assertTrue(assertThrows(FrameException.class, () -> Frame.decode("{\"resp\":")).getMessage().startsWith("not valid JSON"));
        assertTrue(assertThrows(FrameException.class, () -> Frame.decode("[1]")).getMessage().contains("not a JSON object"));
        assertTrue(assertThrows(FrameException.class, () -> Frame.decode("{\"corrId\":\"1\"}")).getMessage().contains("no \"resp\""));
        assertTrue(assertThrows(FrameException.class, () -> Frame.decode("{\"corrId\":1,\"resp\":{\"type\":\"cmdOk\"}}"))
                .getMessage().contains("\"corrId\" is not a string"));
        assertTrue(assertThrows(FrameException.class, () -> Frame.decode("{\"resp\":{\"type\":7}}")).getMessage().contains("\"type\""));
        FrameException wrongField = assertThrows(FrameException.class,
                () -> Frame.decode("{\"resp\":{\"type\":\"contactConnected\",\"user\":\"nobody\"}}"));
        assertTrue(wrongField.getMessage().startsWith("cannot decode event contactConnected"), wrongField.getMessage());
        assertTrue(wrongField.getMessage().contains("user"), wrongField.getMessage());
    }

    @Test
    void nullCorrIdIsAnEventAndNullOptionalFieldsAreAbsent() {
        Frame f = Frame.decode("{\"corrId\":null,\"resp\":{\"type\":\"cmdOk\",\"user_\":null}}");
        ChatEvent.UnknownEvent e = assertInstanceOf(ChatEvent.UnknownEvent.class, ((Frame.Event) f).event());
        assertEquals("cmdOk", e.type());
        ChatResponse.CmdOk ok = assertInstanceOf(ChatResponse.CmdOk.class, Frame.decodeResponse(Json.parse("{\"type\":\"cmdOk\",\"user_\":null}")));
        assertNull(ok.user_());
        assertEquals("{\"corrId\":\"1\",\"resp\":{\"type\":\"cmdOk\"}}", Frame.encode("1", ok));
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
    void readKeepsTheTreeAndDecodesOnlyOnRequest() {
        Frame response = Frame.read("{\"corrId\":\"3\",\"resp\":{\"type\":\"activeUser\"}}");
        assertEquals("3", assertInstanceOf(Frame.Response.class, response).corrId());
        assertEquals("activeUser", response.type());
        Frame event = Frame.read(Fixtures.read("event-contactConnected.json"));
        assertEquals("contactConnected", assertInstanceOf(Frame.Event.class, event).type());
        assertEquals("x", Frame.read("{\"resp\":{\"type\":\"x\",\"user\":\"not a user\"}}").type(), "no typed decode on read");
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
