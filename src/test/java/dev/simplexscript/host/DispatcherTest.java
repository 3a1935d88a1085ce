package dev.simplexscript.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class DispatcherTest {
    private final List<String> ran = new CopyOnWriteArrayList<>();

    @Test
    void continuationsRunWhileEventsWaitForTheGate() throws Exception {
        Dispatcher d = new Dispatcher("gated.js", 100, (s, l, m) -> {});
        AtomicBoolean open = new AtomicBoolean(false);
        CountDownLatch gateAsked = new CountDownLatch(1);
        d.gateEvents(() -> {
            gateAsked.countDown();
            return open.get();
        });
        try {
            d.offerEvent(() -> ran.add("event"));
            d.execute(() -> ran.add("ordered after the event"));
            d.submitPrompt(() -> ran.add("continuation")).get(10, TimeUnit.SECONDS);
            assertTrue(gateAsked.await(10, TimeUnit.SECONDS));
            awaitIdleOrGated(d);
            assertEquals(List.of("continuation"), ran, "the event waits at the gate, and what came after it waits behind it");
            assertEquals(1, d.queuedEvents());
            open.set(true);
            d.wake();
            d.submit(() -> ran.add("barrier")).get(10, TimeUnit.SECONDS);
            assertEquals(List.of("continuation", "event", "ordered after the event", "barrier"), ran);
        } finally {
            d.shutdown();
        }
    }

    @Test
    void fullEventQueueDropsTheNewestAndReportsOnce() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        Dispatcher d = new Dispatcher("busy.js", 3, (s, l, m) -> lines.add(m));
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            assertTrue(d.offerEvent(() -> {
                running.countDown();
                await(release);
            }));
            assertTrue(running.await(10, TimeUnit.SECONDS));
            for (int i = 0; i < 3; i++) assertTrue(d.offerEvent(() -> ran.add("kept")));
            for (int i = 0; i < 5; i++) assertFalse(d.offerEvent(() -> ran.add("dropped")));
            assertEquals(5, d.droppedEvents());
            assertEquals(1, lines.size(), "one line for the burst: " + lines);
            release.countDown();
            d.submit(() -> {}).get(10, TimeUnit.SECONDS);
            assertEquals(List.of("kept", "kept", "kept"), ran);
        } finally {
            release.countDown();
            d.shutdown();
        }
    }

    /** The drain loop asked the gate and found it shut: it has stopped, and nothing but the gate holds the event. */
    private static void awaitIdleOrGated(Dispatcher d) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (d.running() && System.nanoTime() < deadline) Thread.sleep(1);
        assertFalse(d.running());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
