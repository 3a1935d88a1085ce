package dev.simplexscript.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.testutil.FakeCore;
import dev.simplexscript.testutil.Spec;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class EventOrderTest {
    private static final int EVENTS = 5_000;

    static String seqEvent(int n) {
        ObjectNode resp = Json.object();
        resp.put("type", "seq");
        resp.put("n", n);
        return FakeCore.event(resp);
    }

    @Test
    void eventsInterleavedWithResponsesArriveInOrderOnTheEventThread() throws Exception {
        try (Harness h = Harness.connected()) {
            // Each command's answer comes after a run of events, the way a busy core interleaves them.
            int[] next = {0};
            h.core.handler((core, conn, corrId, cmd) -> {
                for (int i = 0; i < 50; i++) conn.send(seqEvent(next[0]++));
                conn.send(FakeCore.response(corrId, FakeCore.echo(cmd)));
            });
            CompletableFuture<?>[] answers = new CompletableFuture<?>[EVENTS / 50];
            for (int i = 0; i < answers.length; i++) answers[i] = h.client.send("/burst " + i);
            CompletableFuture.allOf(answers).get(10, TimeUnit.SECONDS);
            for (int n = 0; n < EVENTS; n++) {
                assertEquals(n, h.listener.nextEvent().get("n").intValue());
            }
            assertTrue(h.listener.lastThread.getName().endsWith("-events"), h.listener.lastThread.getName());
        }
    }

    @Test
    void onConnectedComesBeforeEventsTheCoreSendsDuringTheProbe() throws Exception {
        FakeCore core = FakeCore.start(0);
        core.greeting = List.of(seqEvent(1), seqEvent(2));
        try (Harness h = Harness.notStarted(core, Harness.options(core.uri()).build())) {
            assertEquals("connected:6.4.5.0", h.listener.nextCall());
            assertEquals("event:seq", h.listener.nextCall());
            assertEquals("event:seq", h.listener.nextCall());
        }
    }

    @Test
    void unknownEventTypesPassThroughUnchanged() throws Exception {
        try (Harness h = Harness.connected()) {
            JsonNode future = Spec.resp("event-unknown-future.json");
            h.core.push(FakeCore.event(future));
            assertEquals(future, h.listener.nextEvent());
        }
    }

    @Test
    void aListenerThatThrowsStillGetsTheNextEvents() throws Exception {
        FakeCore core = FakeCore.start(0);
        LinkedBlockingQueue<Integer> seen = new LinkedBlockingQueue<>();
        ChatClient.Listener throwing = resp -> {
            int n = resp.get("n").intValue();
            seen.add(n);
            if (n == 1) throw new IllegalStateException("listener bug");
        };
        ChatClient client = ChatClient.start(Harness.options(core.uri()).build(), throwing);
        try {
            client.awaitConnected(java.time.Duration.ofSeconds(10));
            core.push(seqEvent(1));
            core.push(seqEvent(2));
            assertEquals(1, seen.poll(10, TimeUnit.SECONDS));
            assertEquals(2, seen.poll(10, TimeUnit.SECONDS));
            assertEquals(1, client.stats().listenerErrors());
        } finally {
            client.close();
            core.shutdown();
        }
    }
}
