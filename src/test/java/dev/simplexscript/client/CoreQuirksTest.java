package dev.simplexscript.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.protocol.ChatException;
import dev.simplexscript.protocol.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CoreQuirksTest {

    /** A core whose parser accepts the commands {@code parses} says yes to; records what it was sent. */
    private static final class FakeCore implements Function<String, CompletableFuture<JsonNode>> {
        final List<String> sent = new ArrayList<>();
        final Predicate<String> parses;

        FakeCore(Predicate<String> parses) {
            this.parses = parses;
        }

        @Override
        public CompletableFuture<JsonNode> apply(String command) {
            sent.add(command);
            if (!parses.test(command)) {
                return CompletableFuture.failedFuture(new ChatException(Json.parse(
                        "{\"type\":\"error\",\"errorType\":{\"type\":\"commandError\",\"message\":\"Failed reading: takeWhile1\"}}")));
            }
            return CompletableFuture.completedFuture(Json.object().put("type", "groupsList").put("cmd", command));
        }
    }

    @Test
    void documentedFormFirstThenTheAlternativeOnceThenOnlyTheAlternative() throws Exception {
        FakeCore core = new FakeCore(c -> c.startsWith("/_groups1"));
        CoreQuirks quirks = new CoreQuirks();
        JsonNode first = quirks.send("/_groups 1 @2", core).get();
        assertEquals("/_groups1 @2", first.path("cmd").asString());
        assertEquals(List.of("/_groups 1 @2", "/_groups1 @2"), core.sent);
        core.sent.clear();
        quirks.send("/_groups 1", core).get();
        assertEquals(List.of("/_groups1"), core.sent, "remembered for the rest of the connection");
    }

    @Test
    void aCoreThatTakesTheDocumentedFormNeverSeesTheAlternative() throws Exception {
        FakeCore core = new FakeCore(c -> c.startsWith("/_groups 1"));
        CoreQuirks quirks = new CoreQuirks();
        quirks.send("/_groups 1", core).get();
        quirks.send("/_groups 1", core).get();
        assertEquals(List.of("/_groups 1", "/_groups 1"), core.sent);
    }

    @Test
    void whenNeitherFormParsesTheDocumentedFormsErrorIsReportedAndNothingIsRemembered() {
        FakeCore core = new FakeCore(c -> false);
        CoreQuirks quirks = new CoreQuirks();
        ExecutionException e = assertThrows(ExecutionException.class, () -> quirks.send("/_groups 1", core).get());
        assertInstanceOf(ChatException.class, e.getCause());
        assertEquals(List.of("/_groups 1", "/_groups1"), core.sent);
        core.sent.clear();
        assertThrows(ExecutionException.class, () -> quirks.send("/_groups 1", core).get());
        assertEquals(List.of("/_groups 1", "/_groups1"), core.sent, "not adopted: still tries the documented form first");
    }

    @Test
    void otherErrorsAndOtherCommandsPassUntouched() {
        CoreQuirks quirks = new CoreQuirks();
        List<String> sent = new ArrayList<>();
        ExecutionException e = assertThrows(ExecutionException.class, () -> quirks.send("/_groups 1", c -> {
            sent.add(c);
            return CompletableFuture.failedFuture(new ChatException(Json.parse("{\"type\":\"error\",\"errorType\":{\"type\":\"noActiveUser\"}}")));
        }).get());
        assertTrue(((ChatException) e.getCause()).is("noActiveUser"));
        assertEquals(List.of("/_groups 1"), sent, "only a parse error triggers the alternative");
        FakeCore core = new FakeCore(c -> false);
        assertThrows(ExecutionException.class, () -> quirks.send("/_contacts 1", core).get());
        assertEquals(List.of("/_contacts 1"), core.sent);
    }
}
