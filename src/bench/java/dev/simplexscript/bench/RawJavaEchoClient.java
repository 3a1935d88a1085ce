package dev.simplexscript.bench;

import dev.simplexscript.protocol.Json;
import java.net.URI;
import java.util.concurrent.CountDownLatch;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;
import tools.jackson.databind.JsonNode;

/**
 * The Java limit: a bare Java-WebSocket client that parses each event with Jackson and answers
 * every received direct text with a hand-built {@code /_send} command string, no library of ours
 * beyond the Jackson mapper. Run as its own process: {@code RawJavaEchoClient ws://127.0.0.1:<port>}.
 */
public class RawJavaEchoClient extends WebSocketClient {
    private final CountDownLatch closed = new CountDownLatch(1);
    private long corrId;

    public RawJavaEchoClient(URI core) {
        super(core);
        setTcpNoDelay(true);
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: RawJavaEchoClient ws://127.0.0.1:<port>");
            System.exit(2);
        }
        RawJavaEchoClient client = new RawJavaEchoClient(URI.create(args[0]));
        if (!client.connectBlocking()) {
            System.err.println("cannot connect to " + args[0]);
            System.exit(3);
        }
        client.closed.await();
    }

    @Override
    public void onMessage(String message) {
        JsonNode frame = Json.parse(message);
        // Answers to our own sends carry a corrId; only events (no corrId) are messages to echo.
        JsonNode resp = frame.path("resp");
        if (frame.has("corrId") || !"newChatItems".equals(resp.path("type").asString())) return;
        for (JsonNode item : resp.path("chatItems")) {
            JsonNode chatItem = item.path("chatItem");
            if (!"directRcv".equals(chatItem.path("chatDir").path("type").asString())) continue;
            JsonNode content = chatItem.path("content").path("msgContent");
            if (!"text".equals(content.path("type").asString())) continue;
            long contactId = item.path("chatInfo").path("contact").path("contactId").asLong();
            send(echo(++corrId, contactId, answer(content.path("text").asString())));
        }
    }

    /** The text to answer with: the message's own, which is how the load core matches them. */
    protected String answer(String text) {
        return text;
    }

    /** {@code {"corrId":"<n>","cmd":"/_send @<contactId> json [{"msgContent":{"type":"text","text":...}}]"}}. */
    static String echo(long corrId, long contactId, String text) {
        String cmd = "/_send @" + contactId + " json [{\"msgContent\":{\"type\":\"text\",\"text\":" + Json.write(text) + "}}]";
        return "{\"corrId\":\"" + corrId + "\",\"cmd\":" + Json.write(cmd) + "}";
    }

    @Override
    public void onOpen(ServerHandshake handshake) {
        // Nothing to ask the core first: an echo bot only reacts to events.
    }

    @Override
    public void onClose(int code, String reason, boolean remote) {
        closed.countDown();
    }

    @Override
    public void onError(Exception ex) {
        System.err.println("raw Java client error: " + ex);
    }
}
