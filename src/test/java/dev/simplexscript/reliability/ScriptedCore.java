package dev.simplexscript.reliability;

import dev.simplexscript.protocol.Json;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A chat core stand-in on 127.0.0.1 whose misbehaviour a battery controls: it answers the client's
 * probe with spec fixtures and echoes every other command, lets the test push any raw frame, and
 * can stall (keep the socket open but answer nothing) and resume (answer what it held, late).
 */
final class ScriptedCore extends WebSocketServer {
    private static final JsonNode ACTIVE_USER = SpecFixtures.resp("response-activeUser.json");

    /** Every request frame read, so a test can tell that one command went out as exactly one frame. */
    final AtomicLong requestsReceived = new AtomicLong();
    private final CountDownLatch started = new CountDownLatch(1);
    private final List<Runnable> held = new ArrayList<>();
    private boolean stalled;

    private ScriptedCore(int port) {
        super(new InetSocketAddress("127.0.0.1", port), 1);
        setReuseAddr(true);
        setConnectionLostTimeout(0);
    }

    /** Starts on a free port, or on {@code port} again to play a restarted core. */
    static ScriptedCore start(int port) throws InterruptedException {
        ScriptedCore core = new ScriptedCore(port);
        core.start();
        if (!core.started.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("scripted core did not start");
        return core;
    }

    String uri() {
        return "ws://127.0.0.1:" + getPort();
    }

    /** Sends a raw text frame to every connected client, unless stalled. */
    void push(String frame) {
        whenAnswering(() -> getConnections().forEach(conn -> conn.send(frame)));
    }

    void pushBinary(byte[] frame) {
        whenAnswering(() -> getConnections().forEach(conn -> conn.send(frame)));
    }

    /** From now on nothing is answered or pushed; the socket stays open and keeps reading. */
    synchronized void stall() {
        stalled = true;
    }

    /** Answers what it held back, in order, and works normally again. */
    void resume() {
        List<Runnable> late;
        synchronized (this) {
            stalled = false;
            late = List.copyOf(held);
            held.clear();
        }
        late.forEach(Runnable::run);
    }

    void shutdown() throws InterruptedException {
        stop(5_000);
    }

    static String response(String corrId, JsonNode resp) {
        ObjectNode frame = Json.object().put("corrId", corrId);
        frame.set("resp", resp);
        return Json.write(frame);
    }

    static String event(JsonNode resp) {
        ObjectNode frame = Json.object();
        frame.set("resp", resp);
        return Json.write(frame);
    }

    private void whenAnswering(Runnable action) {
        synchronized (this) {
            if (stalled) {
                held.add(action);
                return;
            }
        }
        action.run();
    }

    private static JsonNode answerFor(String cmd) {
        return switch (cmd) {
            case "/v" -> Json.parse("{\"type\":\"versionInfo\",\"versionInfo\":{\"version\":\"6.4.5.0\",\"simplexmqVersion\":\"6.4.0.3\"},"
                    + "\"chatMigrations\":[],\"agentMigrations\":[]}");
            case "/user" -> ACTIVE_USER;
            default -> Json.object().put("type", "cmdOk").put("echo", cmd);
        };
    }

    @Override
    public void onMessage(WebSocket conn, String frame) {
        requestsReceived.incrementAndGet();
        JsonNode request = Json.parse(frame);
        String corrId = request.get("corrId").stringValue();
        String cmd = request.get("cmd").stringValue();
        whenAnswering(() -> conn.send(response(corrId, answerFor(cmd))));
    }

    @Override
    public void onMessage(WebSocket conn, ByteBuffer frame) {
        throw new AssertionError("the client sent a binary frame");
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {}

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {}

    @Override
    public void onError(WebSocket conn, Exception ex) {}

    @Override
    public void onStart() {
        started.countDown();
    }
}
