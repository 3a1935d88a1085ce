package dev.simplexscript.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.testutil.FakeCore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    @Test
    void closeStopsEveryThreadTheClientStarted() throws Exception {
        Set<Thread> baseline = Set.copyOf(Thread.getAllStackTraces().keySet());

        FakeCore core = FakeCore.start(0);
        RecordingListener listener = new RecordingListener();
        ChatClient connected = ChatClient.start(Harness.options(core.uri()).pingInterval(Duration.ofSeconds(5)).build(), listener);
        connected.awaitConnected(Duration.ofSeconds(10));
        assertEquals("/x", connected.send("/x").get(10, TimeUnit.SECONDS).get("echo").stringValue());
        connected.send("/hold");
        int port = core.getPort();

        // A second client that never reaches a core: it is in its backoff loop when closed.
        core.shutdown();
        listener.nextDisconnection();
        ChatClient retrying = ChatClient.start(Harness.options("ws://127.0.0.1:" + port).build(), listener);

        connected.close();
        retrying.close();

        List<String> leaked = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (baseline.contains(thread)) continue;
            thread.join(5_000);
            if (thread.isAlive()) leaked.add(thread.getName());
        }
        assertTrue(leaked.isEmpty(), "threads still alive after close: " + leaked);
    }

    @Test
    void closeIsIdempotentAndSafeFromTheListener() throws Exception {
        FakeCore core = FakeCore.start(0);
        ChatClient[] self = new ChatClient[1];
        java.util.concurrent.CountDownLatch closedFromListener = new java.util.concurrent.CountDownLatch(1);
        ChatClient client = ChatClient.start(Harness.options(core.uri()).build(), new ChatClient.Listener() {
            @Override
            public void onEvent(tools.jackson.databind.JsonNode resp) {
                self[0].close();
                closedFromListener.countDown();
            }
        });
        self[0] = client;
        try {
            client.awaitConnected(Duration.ofSeconds(10));
            core.push(EventOrderTest.seqEvent(1));
            assertTrue(closedFromListener.await(10, TimeUnit.SECONDS));
            client.close();
            assertTrue(!client.isConnected());
        } finally {
            client.close();
            core.shutdown();
        }
    }
}
