package dev.simplexscript.testutil;

import dev.simplexscript.protocol.Json;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one fake chat core of the test suite: a WebSocket server on 127.0.0.1 that stands in for
 * {@code simplex-chat -p} where a test must say exactly what the core sends. It answers the
 * client's probe from spec fixtures, answers other commands by a replaceable {@link Handler}
 * (by default: {@code /hold…} never, anything else echoed), lets a test push any raw frame, and
 * can stall (keep the socket open and reading, send nothing) and resume (send what it held, late).
 * For a core with state, use the simulator ({@code SimulatedCore}) instead.
 */
public final class FakeCore extends WebSocketServer {

    /** Decides what to do with one decoded request. */
    public interface Handler {
        void handle(FakeCore core, WebSocket conn, String corrId, String cmd);
    }

    /** The default: probe answers from fixtures, {@code /hold…} never answered, anything else echoed. */
    public static final Handler STANDARD = (core, conn, corrId, cmd) -> {
        if (cmd.startsWith("/hold")) return;
        core.reply(conn, corrId, core.answerFor(cmd));
    };

    /** Every request frame read, in order. */
    public final BlockingQueue<String> requests = new LinkedBlockingQueue<>();
    /** Every request frame read, counted, so a test can tell one command went out as exactly one frame. */
    public final AtomicLong requestsReceived = new AtomicLong();
    /** The {@code Authorization} header of each connection ({@code ""} without one). */
    public final BlockingQueue<String> authorizationHeaders = new LinkedBlockingQueue<>();
    public volatile JsonNode userAnswer = Spec.resp("real-mobiletests-activeUser.json");
    public volatile JsonNode versionAnswer = versionInfo("6.4.5.0");
    /** Frames sent to each client right after its handshake, before it can send anything. */
    public volatile List<String> greeting = List.of();

    private final CountDownLatch started = new CountDownLatch(1);
    private final List<Runnable> held = new ArrayList<>();
    private volatile Handler handler = STANDARD;
    private boolean stalled;

    private FakeCore(int port) {
        super(new InetSocketAddress("127.0.0.1", port), 1);
        setReuseAddr(true);
        setConnectionLostTimeout(0);
    }

    /** Starts a core on a free port, or on {@code port} again to play a restarted core. */
    public static FakeCore start(int port) throws InterruptedException {
        FakeCore core = new FakeCore(port);
        core.start();
        if (!core.started.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("fake core did not start");
        return core;
    }

    public String uri() {
        return "ws://127.0.0.1:" + getPort();
    }

    public void handler(Handler value) {
        handler = value;
    }

    /** Answers one request, unless stalled (then the answer goes out at {@link #resume()}). */
    public void reply(WebSocket conn, String corrId, JsonNode resp) {
        String frame = response(corrId, resp);
        whenAnswering(() -> conn.send(frame));
    }

    /** Sends a raw text frame to every connected client, unless stalled. */
    public void push(String frame) {
        whenAnswering(() -> getConnections().forEach(conn -> conn.send(frame)));
    }

    public void pushBinary(byte[] frame) {
        whenAnswering(() -> getConnections().forEach(conn -> conn.send(frame)));
    }

    /** From now on nothing is answered or pushed; the socket stays open and keeps reading. */
    public synchronized void stall() {
        stalled = true;
    }

    /** Sends what it held back, in order, and works normally again. */
    public void resume() {
        List<Runnable> late;
        synchronized (this) {
            stalled = false;
            late = List.copyOf(held);
            held.clear();
        }
        late.forEach(Runnable::run);
    }

    public void shutdown() throws InterruptedException {
        stop(5_000);
    }

    public static String response(String corrId, JsonNode resp) {
        ObjectNode frame = Json.object();
        frame.put("corrId", corrId);
        frame.set("resp", resp);
        return Json.write(frame);
    }

    public static String event(JsonNode resp) {
        ObjectNode frame = Json.object();
        frame.set("resp", resp);
        return Json.write(frame);
    }

    /** A made-up response type that carries the command back, so a test can check correlation. */
    public static JsonNode echo(String cmd) {
        return Json.object().put("type", "cmdOk").put("echo", cmd);
    }

    /** The shape of a real {@code /v} answer ({@code CRVersionInfo}). */
    public static JsonNode versionInfo(String version) {
        ObjectNode resp = Json.object();
        resp.put("type", "versionInfo");
        resp.putObject("versionInfo").put("version", version).put("simplexmqVersion", "6.4.0.3");
        resp.putArray("chatMigrations");
        resp.putArray("agentMigrations");
        return resp;
    }

    /** What the standard handler answers: the probe from fixtures, anything else echoed. */
    public JsonNode answerFor(String cmd) {
        return switch (cmd) {
            case "/v" -> versionAnswer;
            case "/user" -> userAnswer;
            default -> echo(cmd);
        };
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

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        authorizationHeaders.add(handshake.hasFieldValue("Authorization") ? handshake.getFieldValue("Authorization") : "");
        greeting.forEach(conn::send);
    }

    @Override
    public void onMessage(WebSocket conn, String frame) {
        requestsReceived.incrementAndGet();
        requests.add(frame);
        JsonNode request = Json.parse(frame);
        handler.handle(this, conn, request.get("corrId").stringValue(), request.get("cmd").stringValue());
    }

    @Override
    public void onMessage(WebSocket conn, ByteBuffer frame) {
        throw new AssertionError("the client sent a binary frame");
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {}

    @Override
    public void onError(WebSocket conn, Exception ex) {}

    @Override
    public void onStart() {
        started.countDown();
    }
}
