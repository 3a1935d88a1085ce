package dev.simplexscript.client;

import dev.simplexscript.protocol.Json;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A small stand-in for {@code simplex-chat -p} on 127.0.0.1: answers the probe with spec
 * fixtures, answers other commands by a replaceable {@link Handler}, and lets a test push raw
 * frames, so every test can say exactly what the "core" sends.
 */
final class TestCore extends WebSocketServer {

    /** Decides what to do with one decoded request. */
    interface Handler {
        void handle(TestCore core, WebSocket conn, String corrId, String cmd);
    }

    /** The default: probe answers from fixtures, {@code /hold…} never answered, anything else echoed. */
    static final Handler STANDARD = (core, conn, corrId, cmd) -> {
        if (cmd.startsWith("/hold")) return;
        conn.send(response(corrId, core.answerFor(cmd)));
    };

    final BlockingQueue<String> requests = new LinkedBlockingQueue<>();
    final BlockingQueue<String> authorizationHeaders = new LinkedBlockingQueue<>();
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile Handler handler = STANDARD;
    volatile JsonNode userAnswer = Fixtures.resp("real-mobiletests-activeUser.json");
    volatile JsonNode versionAnswer = versionInfo("6.4.5.0");
    /** Frames sent to each client right after its handshake, before it can send anything. */
    volatile List<String> greeting = List.of();

    private TestCore(int port) {
        super(new InetSocketAddress("127.0.0.1", port), 1);
        setReuseAddr(true);
        setConnectionLostTimeout(0);
    }

    /** Starts a core on a free port, or on {@code port} again to simulate a restart. */
    static TestCore start(int port) throws InterruptedException {
        TestCore core = new TestCore(port);
        core.start();
        if (!core.started.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("test core did not start");
        return core;
    }

    String uri() {
        return "ws://127.0.0.1:" + getPort();
    }

    void handler(Handler value) {
        handler = value;
    }

    /** Sends a raw frame to every connected client. */
    void push(String frame) {
        getConnections().forEach(conn -> conn.send(frame));
    }

    void pushBinary(byte[] frame) {
        getConnections().forEach(conn -> conn.send(frame));
    }

    void shutdown() throws InterruptedException {
        stop(5_000);
    }

    static String response(String corrId, JsonNode resp) {
        ObjectNode frame = Json.object();
        frame.put("corrId", corrId);
        frame.set("resp", resp);
        return Json.write(frame);
    }

    static String event(JsonNode resp) {
        ObjectNode frame = Json.object();
        frame.set("resp", resp);
        return Json.write(frame);
    }

    /** A made-up response type that carries the command back, so a test can check correlation. */
    static JsonNode echo(String cmd) {
        ObjectNode resp = Json.object();
        resp.put("type", "cmdOk");
        resp.put("echo", cmd);
        return resp;
    }

    /** The shape of a real {@code /v} answer ({@code CRVersionInfo}). */
    static JsonNode versionInfo(String version) {
        ObjectNode resp = Json.object();
        resp.put("type", "versionInfo");
        resp.putObject("versionInfo").put("version", version).put("simplexmqVersion", "6.4.0.3");
        resp.putArray("chatMigrations");
        resp.putArray("agentMigrations");
        return resp;
    }

    JsonNode answerFor(String cmd) {
        return switch (cmd) {
            case "/v" -> versionAnswer;
            case "/user" -> userAnswer;
            default -> echo(cmd);
        };
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        authorizationHeaders.add(handshake.hasFieldValue("Authorization") ? handshake.getFieldValue("Authorization") : "");
        greeting.forEach(conn::send);
    }

    @Override
    public void onMessage(WebSocket conn, String frame) {
        requests.add(frame);
        JsonNode request = Json.parse(frame);
        handler.handle(this, conn, request.get("corrId").stringValue(), request.get("cmd").stringValue());
    }

    @Override
    public void onMessage(WebSocket conn, ByteBuffer frame) {
        throw new AssertionError("client sent a binary frame");
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
