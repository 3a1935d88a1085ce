package dev.simplexscript.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.testutil.FakeCore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * While no core is connected, commands wait (up to the outage wait) and then go out in the order
 * they were sent, before anything sent later; past the wait they fail with "core unavailable".
 */
class OutageQueueTest {

    /** A port nothing listens on (a core that is down), reusable for a core started later. */
    private static int freePort() throws InterruptedException {
        FakeCore placeholder = FakeCore.start(0);
        int port = placeholder.getPort();
        placeholder.shutdown();
        return port;
    }

    /** The commands a core read, in order, except the client's probe. */
    private static List<String> commandsRead(FakeCore core, int count) throws InterruptedException {
        List<String> read = new ArrayList<>();
        while (read.size() < count) {
            String frame = core.requests.poll(10, TimeUnit.SECONDS);
            if (frame == null) fail("the core read only " + read + " of " + count + " commands");
            String cmd = Json.parse(frame).get("cmd").stringValue();
            if (!cmd.equals("/v") && !cmd.equals("/user")) read.add(cmd);
        }
        return read;
    }

    @Test
    void commandsSentBeforeTheFirstConnectionWaitAndGoOutInOrderOnceACoreAnswers() throws Exception {
        int port = freePort();
        try (Harness h = Harness.notStarted(null, Harness.options("ws://127.0.0.1:" + port).build())) {
            List<CompletableFuture<JsonNode>> early = new ArrayList<>();
            for (int i = 0; i < 20; i++) early.add(h.client.send("/early " + i));
            assertTrue(early.stream().noneMatch(CompletableFuture::isDone), "they wait while no core answers");
            assertEquals(20, h.client.pendingCommands(), "waiting commands count as pending");

            h.core = FakeCore.start(port);
            for (int i = 0; i < 20; i++) assertEquals("/early " + i, early.get(i).get(10, TimeUnit.SECONDS).get("echo").stringValue());
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 20; i++) expected.add("/early " + i);
            assertEquals(expected, commandsRead(h.core, 20));
        }
    }

    @Test
    void commandsSentDuringAnOutageGoOutInOrderAfterTheReconnectAndNothingOvertakesThem() throws Exception {
        try (Harness h = Harness.connected()) {
            int port = h.core.getPort();
            h.core.shutdown();
            h.listener.nextDisconnection();

            // A sender keeps going through the outage and the reconnect: its commands must reach
            // the new core in exactly the order they were sent, waiting ones first.
            AtomicBoolean stop = new AtomicBoolean();
            List<CompletableFuture<JsonNode>> sent = new ArrayList<>();
            Thread sender = Thread.ofPlatform().start(() -> {
                for (int i = 0; !stop.get() || i < 50; i++) {
                    synchronized (sent) {
                        sent.add(h.client.send("/seq " + i));
                    }
                    LockSupport.parkNanos(200_000);
                }
            });
            h.core = FakeCore.start(port);
            h.listener.nextConnection();
            stop.set(true);
            sender.join();

            List<String> expected = new ArrayList<>();
            synchronized (sent) {
                for (int i = 0; i < sent.size(); i++) {
                    assertEquals("/seq " + i, sent.get(i).get(10, TimeUnit.SECONDS).get("echo").stringValue());
                    expected.add("/seq " + i);
                }
            }
            assertEquals(expected, commandsRead(h.core, expected.size()));
            assertEquals(0, h.client.pendingCommands());
        }
    }

    @Test
    void pastTheOutageWaitACommandFailsWithCoreUnavailableNamingIt() throws Exception {
        int port = freePort();
        Duration wait = Duration.ofMillis(300);
        try (Harness h = Harness.notStarted(null, Harness.options("ws://127.0.0.1:" + port).outageWait(wait).build())) {
            long sent = System.nanoTime();
            CompletableFuture<JsonNode> answer = h.client.send("/user");
            ExecutionException e = assertThrows(ExecutionException.class, () -> answer.get(10, TimeUnit.SECONDS));
            long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);
            CoreUnavailableException why = assertInstanceOf(CoreUnavailableException.class, e.getCause());
            assertTrue(why.getMessage().startsWith("core unavailable") && why.getMessage().contains("/user")
                    && why.getMessage().contains("300 ms"), why.getMessage());
            assertTrue(waited >= wait.toMillis(), "it waited the whole outage wait, not " + waited + " ms");
            assertEquals(0, h.client.pendingCommands());
        }
    }

    @Test
    void anOutageWaitOfZeroFailsAtOnce() throws Exception {
        int port = freePort();
        try (Harness h = Harness.notStarted(null, Harness.options("ws://127.0.0.1:" + port).outageWait(Duration.ZERO).build())) {
            CompletableFuture<JsonNode> answer = h.client.send("/user");
            assertTrue(answer.isDone(), "must fail at once, not wait");
            ExecutionException e = assertThrows(ExecutionException.class, answer::get);
            assertInstanceOf(CoreUnavailableException.class, e.getCause());
            assertTrue(e.getCause().getMessage().contains("/user"), e.getCause().getMessage());
        }
    }

    @Test
    void closingTheClientFailsWaitingCommandsAndLaterOnesAtOnce() throws Exception {
        int port = freePort();
        Harness h = Harness.notStarted(null, Harness.options("ws://127.0.0.1:" + port).build());
        CompletableFuture<JsonNode> waiting = h.client.send("/waiting");
        assertFalse(waiting.isDone());
        h.close();
        assertTrue(waiting.isDone(), "close fails waiting commands before it returns");
        ExecutionException e = assertThrows(ExecutionException.class, waiting::get);
        assertTrue(assertInstanceOf(CoreUnavailableException.class, e.getCause()).getMessage().contains("client closed"));
        CompletableFuture<JsonNode> late = h.client.send("/late");
        assertTrue(late.isDone());
        assertInstanceOf(CoreUnavailableException.class, assertThrows(ExecutionException.class, late::get).getCause());
    }
}
