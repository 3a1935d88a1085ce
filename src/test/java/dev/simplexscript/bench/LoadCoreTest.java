package dev.simplexscript.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.protocol.Json;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LoadCoreTest {
    private LoadCore core;
    private RawJavaEchoClient client;

    @BeforeEach
    void start() {
        core = LoadCore.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (client != null) client.closeBlocking();
        core.close();
    }

    private void connect(RawJavaEchoClient echo) throws Exception {
        client = echo;
        assertTrue(client.connectBlocking(5, TimeUnit.SECONDS));
        core.awaitReady(Duration.ofSeconds(5), () -> true);
    }

    @Test
    void everyEventOfAFlatOutPhaseIsAnsweredOnceByAnEchoClient() throws Exception {
        connect(new RawJavaEchoClient(URI.create(core.url())));
        PhaseResult result = core.flatOut("flat", 300, Duration.ofSeconds(5), 16, Duration.ofSeconds(5));
        assertTrue(result.clean(), result.toString());
        assertEquals(300, result.answered());
        assertTrue(result.throughput() > 0);
        assertTrue(result.latencyMillis(0.5) <= result.latencyMillis(0.99));
    }

    @Test
    void aFixedRatePhaseSpacesEventsAtTheOfferedRate() throws Exception {
        connect(new RawJavaEchoClient(URI.create(core.url())));
        long start = System.nanoTime();
        PhaseResult result = core.atRate("rate", 1_000, Duration.ofMillis(200), 64, Duration.ofSeconds(5));
        long took = System.nanoTime() - start;
        assertTrue(result.clean(), result.toString());
        assertEquals(200, result.sent());
        assertTrue(took >= 199_000_000L, "200 events at 1,000/s took only " + took / 1e6 + " ms");
    }

    @Test
    void repliesSentTwiceAreCountedAsDoubled() throws Exception {
        connect(new RawJavaEchoClient(URI.create(core.url())) {
            @Override
            public void onMessage(String message) {
                super.onMessage(message);
                super.onMessage(message);
            }
        });
        PhaseResult result = core.flatOut("twice", 50, Duration.ofSeconds(5), 8, Duration.ofSeconds(5));
        assertEquals(50, result.answered());
        assertEquals(50, result.doubled());
        assertEquals(0, result.lost());
    }

    @Test
    void aClientThatStopsAnsweringShowsAsStalledWithLostEvents() throws Exception {
        AtomicInteger seen = new AtomicInteger();
        connect(new RawJavaEchoClient(URI.create(core.url())) {
            @Override
            public void onMessage(String message) {
                if (message.contains("\"text\":\"p") || seen.incrementAndGet() <= 5) super.onMessage(message);
            }
        });
        PhaseResult result = core.flatOut("stall", 40, Duration.ofSeconds(5), 8, Duration.ofMillis(300));
        assertTrue(result.stalled(), result.toString());
        assertEquals(5, result.answered());
        // Five answers freed five of the eight window slots; then the window stayed full.
        assertEquals(13, result.sent());
        assertEquals(8, result.lost());
    }

    @Test
    void theBotsStartUpCommandsAreAnsweredAndUnparsableOnesRefusedWithChatCmdError() throws Exception {
        BlockingQueue<String> answers = new LinkedBlockingQueue<>();
        RawJavaEchoClient raw = new RawJavaEchoClient(URI.create(core.url())) {
            @Override
            public void onMessage(String message) {
                answers.add(message);
            }
        };
        client = raw;
        assertTrue(raw.connectBlocking(5, TimeUnit.SECONDS));
        raw.send("{\"corrId\":\"6\",\"cmd\":\"/_profile 1 {\\\"displayName\\\":\\\"EchoBot\\\",\\\"fullName\\\":\\\"\\\",\\\"peerType\\\":\\\"bot\\\"}\"}");
        raw.send("{\"corrId\":\"7\",\"cmd\":\"/_send @2 json {}\"}");
        raw.send("{\"corrId\":\"8\",\"cmd\":\"/user\"}");
        raw.send("not json");
        JsonNode profile = Json.parse(answers.poll(5, TimeUnit.SECONDS));
        assertEquals("userProfileUpdated", profile.at("/resp/type").asString());
        assertEquals("EchoBot", profile.at("/resp/toProfile/displayName").asString());
        assertEquals("SupportBot", profile.at("/resp/fromProfile/displayName").asString());
        assertEquals("EchoBot", profile.at("/resp/user/profile/displayName").asString());
        String refused = answers.poll(5, TimeUnit.SECONDS);
        assertTrue(refused.startsWith("{\"corrId\":\"7\",\"resp\":{\"type\":\"chatCmdError\""), refused);
        assertTrue(answers.poll(5, TimeUnit.SECONDS).contains("\"type\":\"activeUser\""));
        assertEquals("{\"resp\":{\"type\":\"chatCmdError\",\"chatError\":{\"type\":\"error\",\"errorType\":"
                + "{\"type\":\"commandError\",\"message\":\"invalid request\"}}}}",
                answers.poll(5, TimeUnit.SECONDS));
    }

    @Test
    void anAnswerTaggedByANewBotVersionIsTimedAndStillMatchesItsMessage() throws Exception {
        AtomicInteger version = new AtomicInteger(1);
        connect(new RawJavaEchoClient(URI.create(core.url())) {
            @Override
            protected String answer(String text) {
                return text + "|v" + version.get();
            }
        });
        long before = System.nanoTime();
        assertTrue(core.awaitTag("v1", Duration.ofMillis(5), Duration.ofSeconds(5)) >= before - 1_000_000_000L);
        version.set(2);
        long switched = System.nanoTime();
        assertTrue(core.awaitTag("v2", Duration.ofMillis(5), Duration.ofSeconds(5)) >= switched);
        PhaseResult tagged = core.flatOut("tagged", 50, Duration.ofSeconds(5), 8, Duration.ofSeconds(5));
        assertTrue(tagged.clean(), tagged.toString());
    }

    @Test
    void aFlatOutPhaseStopsSendingAtItsTimeBudgetAndCountsOnlyWhatItSent() throws Exception {
        connect(new RawJavaEchoClient(URI.create(core.url())));
        long start = System.nanoTime();
        PhaseResult result = core.flatOut("budget", 1_000_000, Duration.ofMillis(200), 64, Duration.ofSeconds(5));
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "the budget did not stop the phase");
        assertTrue(result.sent() < 1_000_000 && result.sent() > 0, result.toString());
        assertEquals(result.sent(), result.planned());
        assertTrue(result.clean(), result.toString());
    }
}
