package dev.simplexscript.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever the core sends, the client logs, counts and drops the bad frame and keeps the good ones. */
class BadInputTest {
    private static final int FRAME_LIMIT = 4_096;

    static Stream<Arguments> badFrames() {
        String oversized = "{\"resp\":{\"type\":\"seq\",\"n\":-1,\"pad\":\"" + "x".repeat(FRAME_LIMIT) + "\"}}";
        return Stream.of(
                Arguments.of("non-JSON text", "core says hello", counter(ClientStats::malformedFrames)),
                Arguments.of("truncated JSON", "{\"resp\":{\"type\":\"contactConnected\",\"user\":{\"userId\":1", counter(ClientStats::malformedFrames)),
                Arguments.of("JSON array", "[1,2,3]", counter(ClientStats::invalidEnvelopes)),
                Arguments.of("no resp", "{\"corrId\":\"5\"}", counter(ClientStats::invalidEnvelopes)),
                Arguments.of("resp not an object", "{\"resp\":\"contactConnected\"}", counter(ClientStats::invalidEnvelopes)),
                Arguments.of("numeric corrId", "{\"corrId\":5,\"resp\":{\"type\":\"cmdOk\"}}", counter(ClientStats::invalidEnvelopes)),
                Arguments.of("unknown corrId", "{\"corrId\":\"no-such-command\",\"resp\":{\"type\":\"cmdOk\"}}", counter(ClientStats::unknownCorrIds)),
                Arguments.of("oversized frame", oversized, counter(ClientStats::oversizedFrames)));
    }

    private static ToLongFunction<ClientStats> counter(ToLongFunction<ClientStats> f) {
        return f;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFrames")
    void badFrameIsCountedAndDroppedWhileGoodEventsAndCommandsGoOn(String kind, String frame,
            ToLongFunction<ClientStats> counter) throws Exception {
        try (Harness h = Harness.connected(b -> b.maxFrameChars(FRAME_LIMIT))) {
            h.core.push(EventOrderTest.seqEvent(1));
            h.core.push(frame);
            h.core.push(EventOrderTest.seqEvent(2));
            assertGoodTrafficSurvives(h);
            ClientStats stats = h.client.stats();
            assertEquals(1, counter.applyAsLong(stats), kind + " counted: " + stats);
            assertEquals(1, stats.badFrames(), kind + " counted once, nothing else: " + stats);
        }
    }

    @Test
    void binaryFrameIsCountedAndDropped() throws Exception {
        try (Harness h = Harness.connected()) {
            h.core.push(EventOrderTest.seqEvent(1));
            h.core.pushBinary(EventOrderTest.seqEvent(99).getBytes(StandardCharsets.UTF_8));
            h.core.push(EventOrderTest.seqEvent(2));
            assertGoodTrafficSurvives(h);
            assertEquals(1, h.client.stats().binaryFrames());
            assertEquals(1, h.client.stats().badFrames());
        }
    }

    @Test
    void frameJustAtTheLimitIsRead() throws Exception {
        try (Harness h = Harness.connected(b -> b.maxFrameChars(FRAME_LIMIT))) {
            String prefix = "{\"resp\":{\"type\":\"seq\",\"n\":1,\"pad\":\"";
            String suffix = "\"}}";
            h.core.push(prefix + "y".repeat(FRAME_LIMIT - prefix.length() - suffix.length()) + suffix);
            assertEquals(1, h.listener.nextEvent().get("n").intValue());
            assertEquals(0, h.client.stats().oversizedFrames());
        }
    }

    private static void assertGoodTrafficSurvives(Harness h) throws Exception {
        assertEquals(1, h.listener.nextEvent().get("n").intValue());
        assertEquals(2, h.listener.nextEvent().get("n").intValue(), "the good event after the bad frame arrives next");
        assertEquals("/still", h.client.send("/still").get(10, TimeUnit.SECONDS).get("echo").stringValue());
        assertTrue(h.client.isConnected());
        assertTrue(h.listener.disconnections.isEmpty(), "a bad frame must not drop the connection");
    }
}
