package dev.simplexscript.bench;

import dev.simplexscript.client.ChatClient;
import dev.simplexscript.client.ClientOptions;
import dev.simplexscript.protocol.Json;
import dev.simplexscript.protocol.command.Commands;
import java.util.concurrent.CountDownLatch;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Our client with a plain Java handler, no script: what the host costs beneath its script engines.
 * Events arrive as trees on the client's event thread; each received direct text is answered with
 * {@code APISendMessages} from our command encoder, not awaited. Run as its own process:
 * {@code JavaHandlerEchoClient ws://127.0.0.1:<port>}; it exits when the core goes away.
 */
public final class JavaHandlerEchoClient implements ChatClient.Listener {
    private final CountDownLatch disconnected = new CountDownLatch(1);
    private volatile ChatClient client;

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 1) {
            System.err.println("usage: JavaHandlerEchoClient ws://127.0.0.1:<port>");
            System.exit(2);
        }
        JavaHandlerEchoClient handler = new JavaHandlerEchoClient();
        try (ChatClient chat = ChatClient.start(ClientOptions.builder().uri(args[0]).build(), handler)) {
            handler.client = chat;
            handler.disconnected.await();
        }
    }

    @Override
    public void onEvent(JsonNode resp) {
        if (!"newChatItems".equals(resp.path("type").asString(""))) return;
        for (JsonNode item : resp.path("chatItems")) {
            JsonNode chatItem = item.path("chatItem");
            if (!"directRcv".equals(chatItem.path("chatDir").path("type").asString(""))) continue;
            JsonNode content = chatItem.path("content").path("msgContent");
            if (!"text".equals(content.path("type").asString(""))) continue;
            long contactId = item.path("chatInfo").path("contact").path("contactId").asLong();
            client.send(Commands.encode("APISendMessages", sendText(contactId, content.path("text").asString())))
                    .exceptionally(failure -> {
                        System.err.println("send failed: " + failure);
                        return null;
                    });
        }
    }

    /** The parameters of {@code APISendMessages} for one text to a contact. */
    private static ObjectNode sendText(long contactId, String text) {
        ObjectNode params = Json.object();
        params.putObject("sendRef").put("chatType", "direct").put("chatId", contactId);
        params.putArray("composedMessages").addObject().putObject("msgContent").put("type", "text").put("text", text);
        return params;
    }

    @Override
    public void onDisconnected(String reason) {
        disconnected.countDown();
    }
}
