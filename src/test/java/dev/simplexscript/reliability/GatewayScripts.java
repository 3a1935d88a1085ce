package dev.simplexscript.reliability;

import dev.simplexscript.testutil.Spec;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.graalvm.polyglot.HostAccess.Export;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What batteries about the host's own limits add to the real script API: a {@code gate} global
 * whose {@code gate.hold()} blocks the script's thread until the test lets go (without using CPU)
 * and {@code gate.sleep(ms)} blocks for a while; and {@code newChatItems} events carrying one text
 * message, which reach {@code on.message} handlers as a Message. Scripts' {@code send} is the real
 * one, through the line to the core the host gives each script.
 */
final class GatewayScripts {
    private static final JsonNode TEXT_EVENT = Spec.resp("event-newChatItems-direct-text.json");

    final Gate gate = new Gate();

    /** The globals to hand the host. */
    Map<String, Object> globals() {
        return Map.of("gate", gate);
    }

    /** A {@code newChatItems} event with one received text message. */
    static JsonNode message(String text) {
        ObjectNode event = (ObjectNode) TEXT_EVENT.deepCopy();
        ObjectNode item = (ObjectNode) event.get("chatItems").get(0).get("chatItem");
        ((ObjectNode) item.get("meta")).put("itemText", text);
        ((ObjectNode) item.get("content").get("msgContent")).put("text", text);
        return event;
    }

    /** Holds a script's thread without using CPU, as a slow disk or a busy machine would. */
    public static final class Gate {
        private volatile CountDownLatch release = new CountDownLatch(1);
        private final CountDownLatch holding = new CountDownLatch(1);

        @Export
        public void hold() throws InterruptedException {
            holding.countDown();
            release.await(60, TimeUnit.SECONDS);
        }

        @Export
        public void sleep(int millis) throws InterruptedException {
            Thread.sleep(millis);
        }

        void awaitHolding() throws InterruptedException {
            if (!holding.await(20, TimeUnit.SECONDS)) throw new AssertionError("no script reached gate.hold()");
        }

        void release() {
            release.countDown();
        }
    }
}
