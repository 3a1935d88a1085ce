package dev.simplexscript.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.protocol.FrameChannel;
import dev.simplexscript.protocol.Json;
import dev.simplexscript.sim.server.SimServer;
import dev.simplexscript.testutil.Patience;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** In-process channels, several WebSocket clients, event delivery and back-pressure, the Right wrapper. */
class SimTransportTest {
    @TempDir
    Path files;

    /** A receiver that queues frames for the test. */
    static final class Frames implements FrameChannel.Receiver {
        final LinkedBlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
        final CountDownLatch closed = new CountDownLatch(1);

        @Override
        public void onFrame(String frame) {
            frames.add(Json.parse(frame));
        }

        @Override
        public void onClosed(String reason) {
            closed.countDown();
        }

        JsonNode next() throws InterruptedException {
            JsonNode f = frames.poll(5, TimeUnit.SECONDS);
            assertNotNull(f, "no frame");
            return f;
        }
    }

    private static String request(String corrId, String cmd) {
        return Json.write(Json.object().put("corrId", corrId).put("cmd", cmd));
    }

    @Test
    void inProcessChannelAnswersCommandsInOrder() throws InterruptedException {
        try (SimulatedCore core = SimulatedCore.start(SimOptions.defaults(files))) {
            Frames receiver = new Frames();
            FrameChannel channel = core.open(receiver);
            for (int i = 1; i <= 20; i++) channel.send(request("r" + i, i % 2 == 0 ? "/user" : "/_contacts 1"));
            for (int i = 1; i <= 20; i++) assertEquals("r" + i, receiver.next().path("corrId").asString());
            channel.close();
            assertTrue(receiver.closed.await(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void eachEventGoesToExactlyOneOfSeveralClients() throws Exception {
        try (SimulatedCore core = SimulatedCore.start(SimOptions.defaults(files).withAddress(true));
                SimServer server = SimServer.start(core, "127.0.0.1", 0);
                WsTestClient first = new WsTestClient(server.port());
                WsTestClient second = new WsTestClient(server.port())) {
            first.resp("/_address_settings 1 {\"businessAddress\":false}");
            List<String> names = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                core.person("p" + i).connectViaAddress();
                names.add("p" + i);
            }
            List<String> seen = new ArrayList<>();
            collectUntil(List.of(first, second), seen, names.getLast());
            // A seventh request after all six: a second copy of any of them would come before it.
            core.person("p6").connectViaAddress();
            names.add("p6");
            collectUntil(List.of(first, second), seen, "p6");
            seen.sort(String::compareTo);
            assertEquals(names, seen, "every request event delivered once, to one client");
        }
    }

    @Test
    void fullEventQueueHoldsTheCoreBackUntilAClientReads() throws Exception {
        try (SimulatedCore core = SimulatedCore.start(SimOptions.defaults(files).withAddress(true).withEventQueueSize(1))) {
            core.send("/_address_settings 1 {\"businessAddress\":false}");
            // No client: the pump holds one event, the queue one more; the third request waits.
            core.person("a").connectViaAddress();
            core.person("b").connectViaAddress();
            CompletableFuture<Void> third = CompletableFuture.runAsync(() -> core.person("c").connectViaAddress());
            assertFalse(awaitDone(third, 300), "core should wait while the event queue is full");
            Frames receiver = new Frames();
            core.open(receiver);
            third.get(5, TimeUnit.SECONDS);
            for (String name : List.of("a", "b", "c")) {
                assertEquals(name, receiver.next().at("/resp/contactRequest/localDisplayName").asString());
            }
        }
    }

    private static boolean awaitDone(CompletableFuture<Void> f, long millis) throws InterruptedException {
        try {
            f.get(millis, TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError(e.getCause());
        }
    }

    @Test
    void rightWrapperModeWrapsResponsesAndErrors() throws InterruptedException {
        try (SimulatedCore core = SimulatedCore.start(SimOptions.defaults(files).withRightWrapper(true))) {
            Frames receiver = new Frames();
            FrameChannel channel = core.open(receiver);
            channel.send(request("1", "/user"));
            assertEquals("activeUser", receiver.next().at("/resp/Right/type").asString());
            channel.send(request("2", "/_show_address 1"));
            assertEquals("chatCmdError", receiver.next().at("/resp/Left/type").asString());
        }
    }

    @Test
    void badFramesOnOneClientDoNotDisturbAnother() throws Exception {
        try (SimulatedCore core = SimulatedCore.start(SimOptions.defaults(files))) {
            Frames bad = new Frames();
            Frames good = new Frames();
            FrameChannel badChannel = core.open(bad);
            FrameChannel goodChannel = core.open(good);
            badChannel.send("{\"corrId\":");
            assertFalse(bad.next().has("corrId"));
            goodChannel.send(request("ok", "/user"));
            JsonNode answer = good.next();
            assertEquals("ok", answer.path("corrId").asString());
            goodChannel.send(request("ok2", "/user"));
            assertEquals("ok2", good.next().path("corrId").asString(), "the other client saw nothing else");
        }
    }

    @Test
    void aReceiverThatBlocksHoldsBackOnlyItself() throws Exception {
        try (SimulatedCore core = SimulatedCore.start(SimOptions.defaults(files))) {
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch entered = new CountDownLatch(1);
            FrameChannel stuck = core.open(new FrameChannel.Receiver() {
                @Override
                public void onFrame(String frame) {
                    entered.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }

                @Override
                public void onClosed(String reason) {}
            });
            stuck.send(request("1", "/user"));
            stuck.send(request("2", "/user"));
            assertTrue(entered.await(5, TimeUnit.SECONDS));
            Frames other = new Frames();
            core.open(other).send(request("x", "/users"));
            assertEquals("usersList", other.next().at("/resp/type").asString());
            release.countDown();
        }
    }

    /** Reads both clients' events (whichever has one) until the request of {@code last} is among them. */
    private static void collectUntil(List<WsTestClient> clients, List<String> seen, String last) throws InterruptedException {
        long deadline = System.nanoTime() + Patience.WAIT.toNanos();
        while (!seen.contains(last)) {
            if (System.nanoTime() > deadline) throw new AssertionError("no request event of " + last + "; saw " + seen);
            for (WsTestClient c : clients) {
                JsonNode e = c.nextEvent(Duration.ofMillis(20));
                if (e != null) seen.add(e.at("/resp/contactRequest/localDisplayName").asString());
            }
        }
    }
}
