package dev.simplexscript.api;

import static dev.simplexscript.api.ApiHarness.await;
import static dev.simplexscript.api.ApiHarness.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.api.nouns.GroupApi;
import dev.simplexscript.api.objects.Group;
import dev.simplexscript.api.values.ApiArgumentException;
import dev.simplexscript.client.ChatClient;
import dev.simplexscript.client.ClientOptions;
import dev.simplexscript.protocol.ChatException;
import dev.simplexscript.sim.SimOptions;
import dev.simplexscript.sim.SimulatedCore;
import dev.simplexscript.sim.server.SimServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The script API against a simulated core that parses as shipped cores do ({@code --core-like}):
 * {@code group.list()} still works because the client falls back to {@code /_groups1} once and
 * keeps that form for the connection.
 */
class ShippedCoreFallbackTest {
    @TempDir
    Path files;

    @Test
    void groupListFallsBackToTheShippedFormOnceAndRemembersIt() throws Exception {
        try (SimulatedCore core = SimulatedCore.start(SimOptions.defaults(files).withCoreLike("6.5"));
             SimServer server = SimServer.start(core, "127.0.0.1", 0);
             ChatClient client = ChatClient.start(ClientOptions.builder().uri("ws://127.0.0.1:" + server.port())
                     .commandTimeout(Duration.ofSeconds(10)).pingInterval(Duration.ZERO).build(), new ChatClient.Listener() {
                         @Override
                         public void onEvent(JsonNode resp) {}
                     })) {
            client.awaitConnected(Duration.ofSeconds(10));
            GroupApi group = (GroupApi) new BotApi(client).globals().get("group");
            await(group.create("team"));

            long before = client.stats().responses();
            List<?> groups = (List<?>) await(group.list());
            assertEquals("team", ((Group) groups.getFirst()).name);
            assertEquals(2, client.stats().responses() - before, "the documented /_groups 1 (a parse error here), then /_groups1");

            before = client.stats().responses();
            assertEquals(1, ((List<?>) await(group.list())).size());
            assertEquals(1, client.stats().responses() - before, "the connection remembers the form this core takes");

            Throwable raw = failure(client.send("/_create link #1 author"));
            assertInstanceOf(ChatException.class, raw);
            assertTrue(((ChatException) raw).is("commandError"), raw.getMessage());
            var author = org.junit.jupiter.api.Assertions.assertThrows(ApiArgumentException.class, () -> group.role(1, 2, "author"));
            assertTrue(author.getMessage().contains("core-quirks"), author.getMessage());
        }
    }
}
