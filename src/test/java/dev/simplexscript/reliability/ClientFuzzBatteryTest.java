package dev.simplexscript.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.simplexscript.client.ChatClient;
import dev.simplexscript.client.ClientOptions;
import dev.simplexscript.client.ClientStats;
import dev.simplexscript.protocol.Json;
import dev.simplexscript.testutil.FakeCore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

/**
 * Battery 1: a core that sends {@value #CI_FRAMES} (ci) or {@value #FULL_FRAMES} (full) hostile
 * frames, good events mixed in, cannot crash, hang or disconnect the client; each bad frame lands
 * in exactly the counter the spec's envelope rules predict, good events arrive complete and in
 * order, commands keep working between batches, and the heap ends where it started.
 */
class ClientFuzzBatteryTest {
    private static final System.Logger LOG = System.getLogger(ClientFuzzBatteryTest.class.getName());
    private static final int CI_FRAMES = 10_000;
    private static final int FULL_FRAMES = 120_000;
    private static final int FRAMES = BatterySize.pick(CI_FRAMES, FULL_FRAMES);
    private static final int BATCH = 500;
    private static final int MAX_FRAME_CHARS = 64 * 1024;
    private static final long SEED = 0x5EED_F00DL;
    /** Heap growth allowed between the first and the last batch, after GC: far above noise, far below a leak per frame. */
    private static final long HEAP_SLACK_BYTES = 48L * 1024 * 1024;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void hostileFramesAreCountedAndDroppedWhileGoodEventsArriveInOrder() throws Exception {
        FrameFuzzer fuzzer = new FrameFuzzer(SEED, MAX_FRAME_CHARS);
        Map<FuzzFrame.Outcome, Long> expected = new EnumMap<>(FuzzFrame.Outcome.class);
        for (FuzzFrame.Outcome o : FuzzFrame.Outcome.values()) expected.put(o, 0L);
        SequenceListener listener = new SequenceListener();
        FakeCore core = FakeCore.start(0);
        ChatClient client = ChatClient.start(ClientOptions.builder().uri(core.uri())
                .commandTimeout(Duration.ofSeconds(20)).backoff(Duration.ofMillis(10), Duration.ofMillis(200))
                .maxFrameChars(MAX_FRAME_CHARS).pingInterval(Duration.ZERO).build(), listener);
        try (QuietLogs quiet = QuietLogs.below(Level.OFF, "dev.simplexscript.client")) {
            client.awaitConnected(Duration.ofSeconds(10));
            long heapBefore = 0;
            long started = 0;
            for (int sent = 0; sent < FRAMES; ) {
                for (int i = 0; i < BATCH && sent < FRAMES; i++, sent++) {
                    FuzzFrame frame = fuzzer.next();
                    expected.merge(frame.expected(MAX_FRAME_CHARS), 1L, Long::sum);
                    if (frame.seq() >= 0) listener.expect(frame.seq());
                    if (frame.binary() != null) core.pushBinary(frame.binary());
                    else core.push(frame.text());
                }
                // The core answers after the frames it already queued on the same socket, so the
                // answer also proves the client has read every frame before it.
                String probe = "/barrier " + sent;
                JsonNode answer = client.send(probe).get(30, TimeUnit.SECONDS);
                assertEquals(probe, answer.path("echo").asString(""), "a command between batches gets its own answer");
                if (sent == BATCH) {
                    listener.awaitEvents(expected.get(FuzzFrame.Outcome.EVENT), Duration.ofSeconds(30));
                    heapBefore = usedHeapAfterGc();
                    started = System.nanoTime();
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            listener.awaitEvents(expected.get(FuzzFrame.Outcome.EVENT), Duration.ofSeconds(60));
            long heapAfter = usedHeapAfterGc();
            ClientStats stats = client.stats();
            LOG.log(System.Logger.Level.INFO, String.format("client fuzz (%s): %,d frames, %,.0f frames/s after warm-up, "
                    + "heap after GC %,d KiB before / %,d KiB after; expected %s; %s", BatterySize.name(), FRAMES,
                    (FRAMES - BATCH) / seconds, heapBefore / 1024, heapAfter / 1024, expected, stats));

            assertEquals(List.of(), listener.problems(), "good events in order, no disconnection");
            assertTrue(client.isConnected(), "still connected");
            assertEquals(1, stats.connectionsOpened(), "never reconnected: " + stats);
            assertEquals(expected.get(FuzzFrame.Outcome.EVENT), stats.events(), "events passed on");
            assertEquals(stats.events(), listener.events(), "every event passed on reached the listener");
            assertEquals(expected.get(FuzzFrame.Outcome.MALFORMED), stats.malformedFrames(), "malformed");
            assertEquals(expected.get(FuzzFrame.Outcome.INVALID_ENVELOPE), stats.invalidEnvelopes(), "invalid envelopes");
            assertEquals(expected.get(FuzzFrame.Outcome.OVERSIZED), stats.oversizedFrames(), "oversized");
            assertEquals(expected.get(FuzzFrame.Outcome.UNKNOWN_CORRID), stats.unknownCorrIds(), "unknown corrIds");
            assertEquals(expected.get(FuzzFrame.Outcome.BINARY), stats.binaryFrames(), "binary");
            assertEquals(FRAMES + stats.responses(), stats.framesReceived(), "every frame seen once");
            assertTrue(heapAfter - heapBefore < HEAP_SLACK_BYTES,
                    "heap grew by " + (heapAfter - heapBefore) / 1024 + " KiB over the run");
        } finally {
            client.close();
            core.shutdown();
        }
    }

    private static String excerpt(String text) {
        String json = Json.write(text);
        return json.length() > 300 ? json.substring(0, 300) + "…" : json;
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
