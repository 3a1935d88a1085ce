package dev.simplexscript.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.testutil.Spec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class AdminFilterTest {
    final List<AdminMessage> taken = new ArrayList<>();
    final List<JsonNode> fileEvents = new ArrayList<>();
    long deploying = -1;
    final AdminFilter filter = new AdminFilter(id -> id == deploying, taken::add, fileEvents::add);
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
        assertSame(event, filter.screen(event));
        assertTrue(taken.isEmpty());
    }

    @Test
    void anAdminMessageIsTakenWhole() {
        ObjectNode event = withText(event("event-newChatItems-direct-text.json"), "/admin logs echo.js 5");
        assertNull(filter.screen(event));
        AdminMessage m = taken.getFirst();
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
        JsonNode forScripts = filter.screen(batch);
        assertEquals(1, taken.size());
        assertEquals(1, forScripts.path("chatItems").size());
        assertEquals(plain.path("chatItems").get(0), forScripts.path("chatItems").get(0));
        assertEquals(2, batch.path("chatItems").size(), "the original event is not changed");
    }

    @Test
    void aFileCaptionIsACommandWithItsFile() {
        ObjectNode event = withText(event("event-newChatItems-direct-file-offer.json"), "/admin deploy");
        filter.screen(event);
        AdminMessage m = taken.getFirst();
        assertEquals(new AdminMessage.FileOffer(5, "invoice.pdf", 48213), m.file());
    }

    @Test
    void groupMessagesAreTakenButNotDirect() {
        ObjectNode event = withText(event("event-newChatItems-group-text.json"), "/admin status");
        filter.screen(event);
        AdminMessage m = taken.getFirst();
        assertFalse(m.direct());
        assertTrue(m.where().startsWith("#"));
    }

    @Test
    void fileEventsOfADeployAreTakenOthersPass() {
        JsonNode complete = event("event-rcvFileComplete.json");
        assertEquals(5, AdminFilter.fileId(complete));
        assertSame(complete, filter.screen(complete), "no deploy waits for file 5");
        deploying = 5;
        assertNull(filter.screen(complete));
        assertEquals(List.of(complete), fileEvents);
        assertEquals(-1, AdminFilter.fileId(Json.object().put("type", "rcvFileStart")));
    }
}
