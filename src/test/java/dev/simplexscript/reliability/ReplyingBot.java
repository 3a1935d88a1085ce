package dev.simplexscript.reliability;

import dev.simplexscript.client.ChatClient;
import dev.simplexscript.client.CoreInfo;
import dev.simplexscript.protocol.Json;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The smallest useful bot: answers every text a contact sends with {@code "re: <text>"}, once,
 * and never resends a reply whose command failed (the core may have run it: PROTOCOL.md §2.9).
 * Semaphores let a test wait for its connection changes and replies without sleeping.
 */
final class ReplyingBot implements ChatClient.Listener {
    final Semaphore connected = new Semaphore(0);
    final Semaphore disconnected = new Semaphore(0);
    final Semaphore replied = new Semaphore(0);
    final AtomicLong repliesFailed = new AtomicLong();
    private volatile ChatClient client;

    void attach(ChatClient value) {
        client = value;
    }

    @Override
    public void onEvent(JsonNode resp) {
        if (!"newChatItems".equals(resp.path("type").asString(""))) return;
        for (JsonNode item : resp.path("chatItems")) {
            JsonNode content = item.path("chatItem").path("content");
            if (!item.path("chatInfo").path("type").asString("").equals("direct")
                    || !content.path("type").asString("").equals("rcvMsgContent")) continue;
            long contactId = item.path("chatInfo").path("contact").path("contactId").longValue();
            reply(contactId, content.path("msgContent").path("text").asString(""));
        }
    }

    private void reply(long contactId, String text) {
        ObjectNode message = Json.object();
        message.putObject("msgContent").put("type", "text").put("text", "re: " + text);
        message.putObject("mentions");
        client.send("/_send @" + contactId + " json [" + Json.write(message) + "]").whenComplete((answer, failure) -> {
            if (failure == null) replied.release();
            else repliesFailed.incrementAndGet();
        });
    }

    @Override
    public void onConnected(CoreInfo info) {
        connected.release();
    }

    @Override
    public void onDisconnected(String reason) {
        disconnected.release();
    }
}
