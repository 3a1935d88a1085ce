package dev.simplexscript.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.protocol.FrameChannel;
import dev.simplexscript.protocol.Json;
import dev.simplexscript.testutil.FakeCore;
import dev.simplexscript.testutil.Spec;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The client over a non-WebSocket {@link Connector}, where the test plays the core frame by frame. */
class InMemoryConnectorTest {

    /** One opened connection: what the client sent, and the inbound side the test drives. */
    record Line(Connector.Inbound inbound, BlockingQueue<String> sent, CountDownLatch closed) implements FrameChannel {
        @Override
        public void send(String frame) {
            sent.add(frame);
        }

        @Override
        public void close() {
            closed.countDown();
        }

        String nextSentCommand() throws InterruptedException {
            String frame = sent.poll(10, TimeUnit.SECONDS);
            assertNotNull(frame, "client sent nothing");
            return Json.parse(frame).get("cmd").stringValue();
        }
    }

    /** Hands every opened line to the test; refuses to open after the first when {@code once}. */
    static final class ScriptedConnector implements Connector {
        final BlockingQueue<Line> opened = new LinkedBlockingQueue<>();
        private final boolean once;

        ScriptedConnector(boolean once) {
            this.once = once;
        }

        @Override
        public FrameChannel open(Inbound inbound) throws IOException {
            if (once && !opened.isEmpty()) throw new IOException("core gone for good");
            Line line = new Line(inbound, new LinkedBlockingQueue<>(), new CountDownLatch(1));
            opened.add(line);
            return line;
        }

        @Override
        public String target() {
            return "in-memory core";
        }

        Line nextLine() throws InterruptedException {
            Line line = opened.poll(10, TimeUnit.SECONDS);
            assertNotNull(line, "client did not connect");
            return line;
        }
    }

    @Test
    void eventsFromAConnectionThatDropsDuringTheProbeAreStillDelivered() throws Exception {
        ScriptedConnector connector = new ScriptedConnector(true);
        RecordingListener listener = new RecordingListener();
        try (ChatClient client = ChatClient.start(Harness.options("ws://localhost:1").build(), connector, listener)) {
            Line line = connector.nextLine();
            assertEquals("/v", line.nextSentCommand());
            line.inbound().onFrame(EventOrderTest.seqEvent(7));
            line.inbound().onClosed("core crashed");
            assertEquals("connected:unknown", listener.nextCall());
            assertEquals("event:seq", listener.nextCall());
            assertEquals("disconnected", listener.nextCall());
            assertTrue(!client.isConnected());
        }
    }

    @Test
    void aCoreThatNeverAnswersTheProbeIsDroppedAndRetried() throws Exception {
        ScriptedConnector connector = new ScriptedConnector(false);
        RecordingListener listener = new RecordingListener();
        ClientOptions options = Harness.options("ws://localhost:1").commandTimeout(Duration.ofMillis(100)).build();
        try (ChatClient client = ChatClient.start(options, connector, listener)) {
            Line silent = connector.nextLine();
            assertTrue(silent.closed().await(10, TimeUnit.SECONDS), "silent connection closed after the probe timed out");
            Line second = connector.nextLine();
            answerProbe(second);
            client.awaitConnected(Duration.ofSeconds(10));
            assertEquals("connected:6.4.5.0", listener.nextCall(), "no onConnected for the silent connection");
        }
    }

    @Test
    void commandsWorkOverAnyFrameChannel() throws Exception {
        ScriptedConnector connector = new ScriptedConnector(true);
        try (ChatClient client = ChatClient.start(Harness.options("ws://localhost:1").build(), connector, new RecordingListener())) {
            Line line = connector.nextLine();
            answerProbe(line);
            client.awaitConnected(Duration.ofSeconds(10));
            var answer = client.command("/_contacts 1");
            String frame = line.sent().poll(10, TimeUnit.SECONDS);
            String corrId = Json.parse(frame).get("corrId").stringValue();
            line.inbound().onFrame(FakeCore.response(corrId, Spec.resp("real-mobiletests-activeUser.json")));
            assertEquals("activeUser", answer.get(10, TimeUnit.SECONDS).get("type").stringValue());
        }
    }

    @Test
    void aChannelThatAnswersInsideSendStillCorrelates() throws Exception {
        Connector inline = inbound -> new FrameChannel() {
            @Override
            public void send(String frame) {
                var request = Json.parse(frame);
                String cmd = request.get("cmd").stringValue();
                var resp = switch (cmd) {
                    case "/v" -> FakeCore.versionInfo("6.4.5.0");
                    case "/user" -> Spec.resp("real-mobiletests-activeUser.json");
                    default -> FakeCore.echo(cmd);
                };
                inbound.onFrame(FakeCore.response(request.get("corrId").stringValue(), resp));
            }

            @Override
            public void close() {
                inbound.onClosed("closed");
            }
        };
        try (ChatClient client = ChatClient.start(Harness.options("ws://localhost:1").build(), inline, new RecordingListener())) {
            client.awaitConnected(Duration.ofSeconds(10));
            assertEquals("/x", client.send("/x").get(10, TimeUnit.SECONDS).get("echo").stringValue());
        }
    }

    private static void answerProbe(Line line) throws InterruptedException {
        for (int i = 0; i < 2; i++) {
            String frame = line.sent().poll(10, TimeUnit.SECONDS);
            assertNotNull(frame);
            var request = Json.parse(frame);
            String cmd = request.get("cmd").stringValue();
            var resp = cmd.equals("/v") ? FakeCore.versionInfo("6.4.5.0") : Spec.resp("real-mobiletests-activeUser.json");
            line.inbound().onFrame(FakeCore.response(request.get("corrId").stringValue(), resp));
        }
    }
}
