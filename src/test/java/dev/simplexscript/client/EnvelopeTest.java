package dev.simplexscript.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.testutil.FakeCore;
import dev.simplexscript.testutil.Spec;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class EnvelopeTest {

    @Test
    void requestEscapesTheCommandAsAJsonString() {
        String command = "/_send @2 json [{\"msgContent\":{\"type\":\"text\",\"text\":\"a\\nb \\\\ ü 😀\"}}]\t";
        JsonNode frame = Json.parse(Envelope.request("17", command));
        assertEquals("17", frame.get("corrId").stringValue());
        assertEquals(command, frame.get("cmd").stringValue());
        assertFalse(Envelope.request("17", "line1\nline2").contains("\n"), "one frame, one line");
    }

    @Test
    void frameWithCorrIdIsAResponseAndWithoutOneAnEvent() throws Exception {
        Envelope response = Envelope.parse("{\"corrId\":\"3\",\"resp\":{\"type\":\"activeUser\"}}");
        assertEquals("3", response.corrId());
        assertFalse(response.isEvent());
        Envelope event = Envelope.parse(FakeCore.event(Spec.resp("event-contactConnected.json")));
        assertTrue(event.isEvent());
        assertEquals("contactConnected", event.type());
    }

    @Test
    void nullCorrIdCountsAsAnEvent() throws Exception {
        assertNull(Envelope.parse("{\"corrId\":null,\"resp\":{\"type\":\"x\"}}").corrId());
    }

    @Test
    void singleKeyRightOrLeftWrapperIsRemovedButRealFieldsAreKept() throws Exception {
        assertEquals("activeUser", Envelope.parse("{\"corrId\":\"1\",\"resp\":{\"Right\":{\"type\":\"activeUser\"}}}").type());
        assertTrue(Envelope.parse("{\"corrId\":\"1\",\"resp\":{\"Left\":{\"type\":\"chatCmdError\",\"chatError\":{}}}}").isCommandError());
        Envelope notWrapped = Envelope.parse("{\"resp\":{\"type\":\"x\",\"Right\":{\"a\":1}}}");
        assertEquals("x", notWrapped.type());
    }

    @Test
    void truncatedJsonIsMalformedAndWrongShapesAreNot() {
        assertTrue(assertThrows(Envelope.BadFrame.class, () -> Envelope.parse("{\"resp\":{\"type\":")).malformed);
        assertFalse(assertThrows(Envelope.BadFrame.class, () -> Envelope.parse("{\"resp\":[]}")).malformed);
        assertFalse(assertThrows(Envelope.BadFrame.class, () -> Envelope.parse("42")).malformed);
    }

    @Test
    void excerptIsShortAndSingleLine() {
        String excerpt = Envelope.excerpt("a\nb" + "x".repeat(1_000));
        assertFalse(excerpt.contains("\n"));
        assertTrue(excerpt.length() < 200 && excerpt.endsWith("(1003 chars)"), excerpt);
    }
}
