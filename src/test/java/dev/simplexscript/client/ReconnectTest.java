package dev.simplexscript.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.simplexscript.testutil.FakeCore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ReconnectTest {

    @Test
    void coreRestartMidTrafficFailsPendingCommandsThenReconnectsAndLaterCommandsSucceed() throws Exception {
        try (Harness h = Harness.connected()) {
            int port = h.core.getPort();
            h.core.requests.clear();
            List<CompletableFuture<JsonNode>> held = new ArrayList<>();
            for (int i = 0; i < 100; i++) held.add(h.client.send("/hold " + i));
            for (int i = 0; i < 100; i++) assertTrue(h.core.requests.poll(10, TimeUnit.SECONDS) != null, "core got command " + i);

            // Traffic keeps flowing from another thread through the restart; nothing may hang.
            AtomicBoolean stop = new AtomicBoolean();
            List<CompletableFuture<JsonNode>> background = new ArrayList<>();
            Thread sender = Thread.ofPlatform().start(() -> {
                for (int i = 0; !stop.get(); i++) {
                    background.add(h.client.send("/busy " + i));
                    LockSupport.parkNanos(50_000);
                }
            });

            h.core.shutdown();
            for (CompletableFuture<JsonNode> answer : held) {
                ExecutionException e = assertThrows(ExecutionException.class, () -> answer.get(10, TimeUnit.SECONDS));
                ConnectionLostException lost = assertInstanceOf(ConnectionLostException.class, e.getCause());
                assertTrue(lost.getMessage().contains("connection to the chat core lost"), lost.getMessage());
            }
            h.listener.nextDisconnection();
            assertFalse(h.client.isConnected());
            CompletableFuture<JsonNode> down = h.client.send("/while-down");
            assertFalse(down.isDone(), "a command sent while the core is away waits for it");

            h.core = FakeCore.start(port);
            h.listener.nextConnection();
            stop.set(true);
            sender.join();
            assertEquals("/while-down", down.get(10, TimeUnit.SECONDS).get("echo").stringValue());
            assertEquals("/after", h.client.send("/after").get(10, TimeUnit.SECONDS).get("echo").stringValue());
            for (CompletableFuture<JsonNode> answer : background) {
                try {
                    answer.get(10, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    // Only a command on the wire at the drop may fail; the others waited for the new core.
                    if (!(e.getCause() instanceof ConnectionLostException)) fail("unexpected failure " + e.getCause());
                }
            }
            assertEquals(List.of("connected:6.4.5.0", "disconnected", "connected:6.4.5.0"), List.copyOf(h.listener.calls));
            ClientStats stats = h.client.stats();
            assertEquals(2, stats.connectionsOpened());
            assertEquals(1, stats.connectionsLost());
        }
    }

    @Test
    void clientStartedBeforeTheCoreConnectsOnceItIsUp() throws Exception {
        FakeCore placeholder = FakeCore.start(0);
        int port = placeholder.getPort();
        placeholder.shutdown();
        try (Harness h = Harness.notStarted(null, Harness.options("ws://127.0.0.1:" + port).build())) {
            assertFalse(h.client.isConnected());
            h.core = FakeCore.start(port);
            h.awaitConnected();
            assertEquals("/hi", h.client.send("/hi").get(10, TimeUnit.SECONDS).get("echo").stringValue());
        }
    }

    @Test
    void closeFailsPendingCommandsAndLaterSendsFailFast() throws Exception {
        try (Harness h = Harness.connected()) {
            h.core.requests.clear();
            CompletableFuture<JsonNode> pending = h.client.send("/hold");
            h.core.requests.poll(10, TimeUnit.SECONDS);
            h.client.close();
            assertTrue(pending.isDone(), "close fails pending commands before it returns");
            ExecutionException e = assertThrows(ExecutionException.class, pending::get);
            assertTrue(assertInstanceOf(ConnectionLostException.class, e.getCause()).getMessage().contains("client closed"));
            assertEquals("client closed", h.listener.nextDisconnection());
            ExecutionException after = assertThrows(ExecutionException.class, () -> h.client.send("/late").get());
            assertInstanceOf(CoreUnavailableException.class, after.getCause());
        }
    }
}
