package dev.simplexscript.sim;

import dev.simplexscript.protocol.Json;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;
import tools.jackson.databind.JsonNode;

/** A bare WebSocket client for tests: sends frames, hands back responses and events separately. */
final class WsTestClient implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(15);

    private final LinkedBlockingQueue<JsonNode> responses = new LinkedBlockingQueue<>();
    private final LinkedBlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
    private final AtomicInteger corrIds = new AtomicInteger();
    private final WebSocketClient ws;
    /** Shape differences of known record types in any frame received, reported on {@link #close}. */
    private final java.util.List<String> shapeProblems = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    private final boolean checkShapes;

    WsTestClient(int port) throws InterruptedException {
        this(port, true);
    }

    /** {@code checkShapes} off for v6.4 shapes, which the (v6.5) composed fixtures do not show. */
    WsTestClient(int port, boolean checkShapes) throws InterruptedException {
        this.checkShapes = checkShapes;
        ws = new WebSocketClient(URI.create("ws://127.0.0.1:" + port)) {
            @Override
            public void onOpen(ServerHandshake handshake) {}

            @Override
            public void onMessage(String message) {
                JsonNode frame = Json.parse(message);
                if (WsTestClient.this.checkShapes) {
                    FixtureShapes.knownTypeProblems(frame).forEach(p -> shapeProblems.add(frame.path("resp").path("type").asString() + p));
                    shapeProblems.addAll(FixtureShapes.frameProblems(frame));
                }
                (frame.has("corrId") ? responses : events).add(frame);
            }

            @Override
            public void onClose(int code, String reason, boolean remote) {}

            @Override
            public void onError(Exception ex) {}
        };
        if (!ws.connectBlocking(5, TimeUnit.SECONDS)) throw new IllegalStateException("cannot connect to the simulator");
    }

    void sendRaw(String frame) {
        ws.send(frame);
    }

    /** Sends a command and returns the whole response frame with its corrId. */
    JsonNode command(String cmd) throws InterruptedException {
        String corrId = "c" + corrIds.incrementAndGet();
        var frame = Json.object().put("corrId", corrId).put("cmd", cmd);
        ws.send(Json.write(frame));
        JsonNode resp = responses.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (resp == null) throw new AssertionError("no response to " + cmd);
        if (!resp.path("corrId").asString().equals(corrId)) throw new AssertionError("response for " + resp.path("corrId") + " instead of " + corrId);
        return resp;
    }

    /** The resp of a command's response. */
    JsonNode resp(String cmd) throws InterruptedException {
        return command(cmd).path("resp");
    }

    /** The next event frame of the given type, skipping others; fails after the timeout. */
    JsonNode event(String type) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            JsonNode e = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (e == null) throw new AssertionError("no " + type + " event");
            if (e.path("resp").path("type").asString().equals(type)) return e;
        }
    }

    /** The next event frame whatever its type, or null. */
    JsonNode nextEvent(Duration timeout) throws InterruptedException {
        return events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        ws.closeBlocking();
        if (!shapeProblems.isEmpty()) throw new AssertionError("frames differ from the fixtures' record shapes: " + shapeProblems);
    }
}
