package dev.simplexscript.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.testutil.Spec;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class AdminFilterTest {
    private static ObjectNode event(String fixture) {
        return (ObjectNode) Spec.resp(fixture).deepCopy();
    }

    private static ObjectNode withText(ObjectNode event, String text) {
        ObjectNode copy = event.deepCopy();
        ((ObjectNode) copy.path("chatItems").get(0).path("chatItem").path("content").path("msgContent")).put("text", text);
        return copy;
    }

    @Test
    void onlyTheAdminWordCounts() {
        assertTrue(AdminFilter.isAdmin("/admin"));
        assertTrue(AdminFilter.isAdmin("/admin status"));
        assertTrue(AdminFilter.isAdmin("  /ADMIN\tstatus"));
        assertFalse(AdminFilter.isAdmin("/administrator"));
        assertFalse(AdminFilter.isAdmin("admin status"));
        assertFalse(AdminFilter.isAdmin("please /admin"));
        assertFalse(AdminFilter.isAdmin(null));
    }

    @Test
    void anOrdinaryMessagePassesUnchanged() {
        ObjectNode event = event("event-newChatItems-direct-text.json");
        AdminFilter.Screened s = AdminFilter.screen(event, id -> false);
        assertSame(event, s.forScripts());
        assertTrue(s.taken().isEmpty());
    }

    @Test
    void anAdminMessageIsTakenWhole() {
        ObjectNode event = withText(event("event-newChatItems-direct-text.json"), "/admin logs echo.js 5");
        AdminFilter.Screened s = AdminFilter.screen(event, id -> false);
        assertNull(s.forScripts());
        AdminMessage m = s.taken().getFirst();
        assertEquals(2, m.contactId());
        assertEquals("alice", m.sender());
        assertEquals(1, m.userId());
        assertEquals(java.util.List.of("logs", "echo.js", "5"), java.util.List.of(m.words()));
    }

    @Test
    void aBatchKeepsItsOtherMessagesForTheScripts() {
        ObjectNode plain = event("event-newChatItems-direct-text.json");
        ObjectNode batch = withText(plain, "/admin status");
        ((ArrayNode) batch.path("chatItems")).add(plain.path("chatItems").get(0).deepCopy());
        AdminFilter.Screened s = AdminFilter.screen(batch, id -> false);
        assertEquals(1, s.taken().size());
        assertEquals(1, s.forScripts().path("chatItems").size());
        assertEquals(plain.path("chatItems").get(0), s.forScripts().path("chatItems").get(0));
        assertEquals(2, batch.path("chatItems").size(), "the original event is not changed");
    }

    @Test
    void aFileCaptionIsACommandWithItsFile() {
        ObjectNode event = withText(event("event-newChatItems-direct-file-offer.json"), "/admin deploy");
        AdminMessage m = AdminFilter.screen(event, id -> false).taken().getFirst();
        assertEquals(new AdminMessage.FileOffer(5, "invoice.pdf", 48213), m.file());
    }

    @Test
    void groupMessagesAreTakenButNotDirect() {
        ObjectNode event = withText(event("event-newChatItems-group-text.json"), "/admin status");
        AdminMessage m = AdminFilter.screen(event, id -> false).taken().getFirst();
        assertFalse(m.direct());
        assertTrue(m.where().startsWith("#"));
    }

    @Test
    void fileEventsOfADeployAreTakenOthersPass() {
        JsonNode complete = event("event-rcvFileComplete.json");
        assertEquals(5, AdminFilter.fileId(complete));
        assertSame(complete, AdminFilter.screen(complete, id -> id == 5).fileEvent());
        assertNull(AdminFilter.screen(complete, id -> id == 5).forScripts());
        assertSame(complete, AdminFilter.screen(complete, id -> false).forScripts());
        assertEquals(-1, AdminFilter.fileId(Json.object().put("type", "rcvFileStart")));
    }
}
