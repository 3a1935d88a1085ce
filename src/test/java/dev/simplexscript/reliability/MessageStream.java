package dev.simplexscript.reliability;

import dev.simplexscript.sim.people.VirtualPerson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/** A virtual person writing numbered messages ({@code m-1}, {@code m-2}, …) at a steady pace on its own thread. */
final class MessageStream {
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong sent = new AtomicLong();
    private Thread thread;

    static MessageStream start(VirtualPerson person, Duration interval) {
        MessageStream stream = new MessageStream();
        stream.thread = Thread.ofPlatform().name("stream-" + person.name()).daemon().start(() -> {
            while (stream.running.get()) {
                person.send(text(stream.sent.get() + 1));
                stream.sent.incrementAndGet();
                try {
                    // Pacing only: nothing waits on this for ordering.
                    Thread.sleep(interval);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        return stream;
    }

    static String text(long number) {
        return "m-" + number;
    }

    /** A text a contact wrote, as an event brings it to the bot. */
    record Received(long contactId, String text) {}

    /** The texts contacts wrote in an event ({@code newChatItems} of received direct messages), or none. */
    static List<Received> received(JsonNode resp) {
        List<Received> texts = new ArrayList<>();
        if (!"newChatItems".equals(resp.path("type").asString(""))) return texts;
        for (JsonNode item : resp.path("chatItems")) {
            JsonNode content = item.path("chatItem").path("content");
            if (item.path("chatInfo").path("type").asString("").equals("direct")
                    && content.path("type").asString("").equals("rcvMsgContent")) {
                texts.add(new Received(item.path("chatInfo").path("contact").path("contactId").longValue(),
                        content.path("msgContent").path("text").asString("")));
            }
        }
        return texts;
    }

    /** Stops after the message being sent, if any; returns the number of the last one sent. */
    long stop() throws InterruptedException {
        running.set(false);
        thread.join(30_000);
        return sent.get();
    }
}
