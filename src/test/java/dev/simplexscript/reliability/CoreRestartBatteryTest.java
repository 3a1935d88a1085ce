package dev.simplexscript.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.client.ChatClient;
import dev.simplexscript.client.ClientOptions;
import dev.simplexscript.client.ConnectionLostException;
import dev.simplexscript.client.WebSocketConnector;
import dev.simplexscript.host.HostConfig;
import dev.simplexscript.run.BotRunner;
import dev.simplexscript.run.CoreChoice;
import dev.simplexscript.sim.SimOptions;
import dev.simplexscript.sim.SimulatedCore;
import dev.simplexscript.sim.people.VirtualPerson;
import dev.simplexscript.sim.server.SimServer;
import dev.simplexscript.sim.world.Seen;
import dev.simplexscript.testutil.Patience;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Battery 3a: the simulator's WebSocket server is killed and restarted {@value #CI_RESTARTS}
 * (ci) or {@value #FULL_RESTARTS} (full) times while a virtual person writes to a replying bot
 * all along. The world outlives the server, as a real core's database does.
 *
 * <p>The claim (#15): an outage delays replies, never drops them. Every reply to a message that
 * reached the client is delivered exactly once, including the replies the bot makes while the
 * core is away (each round holds a backlog of them and sends it during the outage); the listener
 * gets every event that reached the transport; a command on the wire at the kill fails with
 * {@link ConnectionLostException} naming it. Bound: 0 lost, 0 doubled. The controls run the
 * same battery with a planted bug that it must catch: a client that loses the first 3 events
 * after every reconnect, and one that fails commands at once during an outage (the old client).
 *
 * <p>A second test runs a whole bot (host, API and a script) over the same kind of restarts:
 * every message the script got is answered exactly once or its reply was on the wire at a kill,
 * the script hears each disconnection and connection, and its memory and store carry on.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class CoreRestartBatteryTest {
    private static final System.Logger LOG = System.getLogger(CoreRestartBatteryTest.class.getName());
    private static final int CI_RESTARTS = 3;
    private static final int FULL_RESTARTS = 10;
    private static final int RESTARTS = BatterySize.pick(CI_RESTARTS, FULL_RESTARTS);
    private static final int CONTROL_RESTARTS = 2;
    private static final Duration MESSAGE_INTERVAL = Duration.ofMillis(20);
    private static final int REPLIES_BETWEEN_KILLS = 5;
    /** Replies each round holds back and sends while the core is away. */
    private static final int BACKLOG = 3;
    private static final Duration WAIT = Patience.WAIT;

    @Test
    void everyReplyIsDeliveredExactlyOnceOverRestartsIncludingThoseMadeDuringTheOutage(@TempDir Path files) throws Exception {
        Outcome outcome = restartUnderLoad(files, RESTARTS, UnaryOperator.identity(), 0);
        LOG.log(System.Logger.Level.INFO, "core restarts (" + BatterySize.name() + "): " + outcome);
        assertEquals(List.of(), outcome.problems(), outcome.toString());
        assertTrue(outcome.sentDuringOutages >= (long) RESTARTS * BACKLOG, "each round's backlog went out during its outage: " + outcome);
    }

    @Test
    void controlAClientThatLosesEventsAfterReconnectsFailsTheBattery(@TempDir Path files) throws Exception {
        Outcome outcome = restartUnderLoad(files, CONTROL_RESTARTS, UnaryOperator.identity(), 3);
        assertEquals(CONTROL_RESTARTS * 3L, outcome.planted, "the planted bug dropped 3 events per reconnect");
        assertTrue(outcome.problems().stream().anyMatch(p -> p.startsWith("the listener got")), outcome.toString());
    }

    @Test
    void controlAClientThatFailsCommandsDuringAnOutageFailsTheBattery(@TempDir Path files) throws Exception {
        Outcome outcome = restartUnderLoad(files, CONTROL_RESTARTS, b -> b.outageWait(Duration.ZERO), 0);
        assertTrue(outcome.problems().stream().anyMatch(p -> p.contains("never answered") && p.contains("core unavailable")),
                outcome.toString());
    }

    /** What one run of the battery saw, and what breaks its claim. */
    private static final class Outcome {
        long sent;
        long reachedClient;
        long answeredOnce;
        long sentDuringOutages;
        long planted;
        final List<Long> recoverMillis = new ArrayList<>();
        final Map<String, String> lost = new TreeMap<>();
        final Map<String, Long> doubled = new TreeMap<>();
        long eventsAtTransport;
        long eventsAtListener;

        List<String> problems() {
            List<String> problems = new ArrayList<>();
            if (!lost.isEmpty()) problems.add(lost.size() + " messages never answered: " + first(lost));
            if (!doubled.isEmpty()) problems.add(doubled.size() + " messages answered more than once: " + first(doubled));
            if (eventsAtListener != eventsAtTransport) {
                problems.add("the listener got " + eventsAtListener + " events where the transport brought " + eventsAtTransport);
            }
            return problems;
        }

        private static String first(Map<String, ?> map) {
            return map.entrySet().stream().limit(5).map(Object::toString).collect(Collectors.joining(", "));
        }

        @Override
        public String toString() {
            LongSummaryStatistics recover = recoverMillis.stream().mapToLong(Long::longValue).summaryStatistics();
            return String.format("%d restarts, time from server start to onConnected min %d / mean %.0f / max %d ms; %d messages"
                    + " sent, %d reached the client (the others were in the killed server's socket), %d answered exactly once,"
                    + " %d replies made during outages, %d lost, %d doubled; events %d at the transport, %d at the listener%s",
                    recoverMillis.size(), recover.getMin(), recover.getAverage(), recover.getMax(), sent, reachedClient, answeredOnce,
                    sentDuringOutages, lost.size(), doubled.size(), eventsAtTransport, eventsAtListener,
                    planted > 0 ? "; " + planted + " events dropped by the planted bug" : "");
        }
    }

    /**
     * One run: a client (options tweaked by {@code tweak}, and {@code dropAfterReconnect} events
     * lost after each reconnect when planting that bug) answering a steady stream over
     * {@code restarts} kills of the server.
     */
    private static Outcome restartUnderLoad(Path files, int restarts, UnaryOperator<ClientOptions.Builder> tweak,
                                            int dropAfterReconnect) throws Exception {
        SimulatedCore core = SimulatedCore.start(SimOptions.defaults(files).withAddress(true));
        core.send("/_address_settings 1 {\"businessAddress\":false,\"autoAccept\":{\"acceptIncognito\":false}}");
        SimServer server = SimServer.start(core, "127.0.0.1", 0);
        int port = server.port();
        ReplyingBot bot = new ReplyingBot();
        ClientOptions options = tweak.apply(ClientOptions.builder().uri("ws://127.0.0.1:" + port)
                .commandTimeout(Duration.ofSeconds(10)).pingInterval(Duration.ZERO)).build();
        TappedConnector tap = TappedConnector.dropFirstEventsAfterReconnect(new WebSocketConnector(options), dropAfterReconnect);
        ChatClient client = ChatClient.start(options, tap, bot);
        bot.attach(client);
        MessageStream stream = null;
        Outcome outcome = new Outcome();
        try (QuietLogs quiet = QuietLogs.below(Level.SEVERE, "dev.simplexscript.client", "dev.simplexscript.sim")) {
            assertTrue(bot.connected.tryAcquire(10, TimeUnit.SECONDS), "first connection");
            VirtualPerson alice = core.person("alice");
            assertEquals("@2", alice.connectViaAddress(), "auto-accepted contact");
            stream = MessageStream.start(alice, MESSAGE_INTERVAL);

            for (int restart = 1; restart <= restarts; restart++) {
                assertTrue(bot.replied.tryAcquire(REPLIES_BETWEEN_KILLS, WAIT.toSeconds(), TimeUnit.SECONDS), "bot answering before kill " + restart);
                bot.hold();
                assertTrue(bot.heldBack.tryAcquire(BACKLOG, WAIT.toSeconds(), TimeUnit.SECONDS), "a backlog before kill " + restart);
                bot.awaitRepliesAnswered(WAIT);
                CompletableFuture<?> pending = commandHeldInTheCore(core, client, server);
                ExecutionException lost = assertThrows(ExecutionException.class, () -> pending.get(10, TimeUnit.SECONDS));
                ConnectionLostException why = assertInstanceOf(ConnectionLostException.class, lost.getCause());
                assertTrue(why.getMessage().contains("/_contacts 1"), "the error names the command: " + why.getMessage());
                assertTrue(bot.disconnected.tryAcquire(10, TimeUnit.SECONDS), "listener heard the disconnection " + restart);
                outcome.sentDuringOutages += bot.release();
                bot.heldBack.drainPermits();

                server = SimServer.start(core, "127.0.0.1", port);
                long restarted = System.nanoTime();
                assertTrue(bot.connected.tryAcquire(WAIT.toSeconds(), TimeUnit.SECONDS), "reconnected after restart " + restart);
                outcome.recoverMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restarted));
                bot.replied.drainPermits();
            }
            long last = stream.stop();
            String lastText = MessageStream.text(last);
            // Replies go out in order on one connection: once the last one is seen, all are.
            assertNotNull(awaitReplyTo(alice, last), "the last message was answered after all restarts: " + bot.failed.get(lastText));
            bot.awaitRepliesAnswered(WAIT);
            account(outcome, alice, last, tap, bot);
            assertEquals(restarts + 1L, client.stats().connectionsOpened(), client.stats().toString());
            assertEquals(0, bot.disconnected.availablePermits(), "no disconnection beyond the restarts");
            return outcome;
        } finally {
            if (stream != null) stream.stop();
            client.close();
            server.close();
            core.close();
        }
    }

    private static void account(Outcome outcome, VirtualPerson alice, long last, TappedConnector tap, ReplyingBot bot) {
        Map<String, Long> replies = alice.seen().stream()
                .filter(s -> s.kind().equals("message") && s.text().startsWith("re: "))
                .collect(Collectors.groupingBy(s -> s.text().substring("re: ".length()), Collectors.counting()));
        outcome.sent = last;
        outcome.reachedClient = tap.texts.size();
        outcome.planted = tap.planted.get();
        for (String text : tap.texts.keySet()) {
            long n = replies.getOrDefault(text, 0L);
            if (n == 1) outcome.answeredOnce++;
            else if (n > 1) outcome.doubled.put(text, n);
            else if (!bot.received.containsKey(text)) outcome.lost.put(text, "never reached the listener");
            else outcome.lost.put(text, bot.inDoubt.contains(text) ? "reply on the wire at a kill"
                    : bot.failed.getOrDefault(text, "reply sent, never seen"));
        }
        // Every event before the last message, of any type, must have reached the listener.
        String lastText = MessageStream.text(last);
        outcome.eventsAtTransport = tap.texts.getOrDefault(lastText, -1L);
        outcome.eventsAtListener = bot.received.getOrDefault(lastText, -1L);
    }

    @Test
    void aWholeBotAnswersEveryMessageOnceOverRestartsAndKeepsItsState(@TempDir Path dir) throws Exception {
        SimulatedCore core = SimulatedCore.start(SimOptions.defaults(dir.resolve("sim-files")).withAddress(true));
        core.send("/_address_settings 1 {\"businessAddress\":false,\"autoAccept\":{\"acceptIncognito\":false}}");
        SimServer server = SimServer.start(core, "127.0.0.1", 0);
        int port = server.port();
        Path scripts = Files.createDirectories(dir.resolve("scripts"));
        // Replies go out 100 ms after the message, so those of the last messages before a kill
        // are made while the core is away: they must wait for it, not fail.
        Files.writeString(scripts.resolve("counter.js"), """
                let handled = 0
                on.connected(() => log.info('heard connected'))
                on.disconnected(() => log.info('heard disconnected'))
                on.message(msg => {
                  handled++
                  store.set('handled', (store.get('handled') || 0) + 1)
                  log.info('got ' + msg.text)
                  const reply = `re: ${msg.text} #${handled}/${store.get('handled')}`
                  after(100, () => msg.reply(reply).catch(e => log.warn('reply lost: ' + msg.text + ': ' + e.message)))
                })
                """);
        ReportedLines lines = new ReportedLines();
        HostConfig config = HostConfig.defaults(dir.resolve("store.db")).withReporter(lines);
        MessageStream stream = null;
        Semaphore gone = new Semaphore(0);
        try (QuietLogs quiet = QuietLogs.below(Level.SEVERE, "dev.simplexscript.client", "dev.simplexscript.sim",
                     "dev.simplexscript.host", "dev.simplexscript.run");
             BotRunner bot = BotRunner.start(new CoreChoice(URI.create("ws://127.0.0.1:" + port), false), config, dir,
                     status -> { if (status.startsWith("chat core connection lost")) gone.release(); })) {
            bot.awaitConnected(Duration.ofSeconds(10));
            bot.load(List.of(scripts));
            VirtualPerson alice = core.person("alice");
            alice.connectViaAddress();
            stream = MessageStream.start(alice, MESSAGE_INTERVAL);
            // The core comes back as soon as the client saw it go: the script's own on.disconnected
            // runs in order with the events it still has to handle, which may take longer than an outage.
            for (int restart = 1; restart <= RESTARTS; restart++) {
                assertNotNull(alice.nextMessage(WAIT), "the script answers before kill " + restart);
                // Kill between two replies, not in the middle of the burst that follows a reconnect:
                // the replies then pending are those made during the outage.
                awaitNothingOnTheWire(bot);
                server.close();
                assertTrue(gone.tryAcquire(WAIT.toSeconds(), TimeUnit.SECONDS), "the bot saw the core go " + restart);
                server = SimServer.start(core, "127.0.0.1", port);
                bot.awaitConnected(WAIT);
            }
            long last = stream.stop();
            assertNotNull(awaitReplyTo(alice, last), "the last message was answered: " + lines.matching("reply lost"));
            assertTrue(bot.awaitQuiet(WAIT), "the bot settled: " + bot.busy());
            assertEquals(RESTARTS, lines.matching("heard disconnected").size(), "the script heard every disconnection");
            assertEquals(RESTARTS + 1, lines.matching("heard connected").size(), "and every connection, the first included");

            List<String> replies = alice.seen().stream().filter(s -> s.kind().equals("message")).map(Seen::text).toList();
            Map<String, Long> answered = replies.stream().map(r -> r.substring("re: ".length(), r.indexOf(" #")))
                    .collect(Collectors.groupingBy(r -> r, Collectors.counting()));
            List<String> got = lines.matching("INFO got ").stream().map(l -> l.substring(l.indexOf(" got ") + 5)).toList();
            List<String> replyLost = lines.matching("reply lost: ");
            Map<String, String> lost = new TreeMap<>();
            long inDoubt = 0;
            for (String text : got) {
                if (answered.getOrDefault(text, 0L) == 1) continue;
                if (answered.getOrDefault(text, 0L) > 1) {
                    lost.put(text, "answered " + answered.get(text) + " times");
                    continue;
                }
                String failure = replyLost.stream().filter(l -> l.contains("reply lost: " + text + ": ")).findFirst().orElse("no reply, no error");
                // A reply on the wire at a kill may or may not have been run by the core; it is never resent.
                if (failure.contains("connection to the chat core lost")) inDoubt++;
                else lost.put(text, failure);
            }
            long previous = 0;
            for (String reply : replies) {
                String[] counters = reply.substring(reply.indexOf(" #") + 2).split("/");
                assertEquals(counters[0], counters[1], "memory and store agree: " + reply);
                assertTrue(Long.parseLong(counters[0]) > previous, "the script's counter never went back: " + replies);
                previous = Long.parseLong(counters[0]);
            }
            LOG.log(System.Logger.Level.INFO, String.format("whole bot over core restarts (%s): %d restarts, %d messages sent, %d"
                    + " reached the script, %d answered exactly once, %d replies on the wire at a kill (not resent), %d lost or"
                    + " doubled; script counters continuous", BatterySize.name(), RESTARTS, last, got.size(),
                    got.size() - inDoubt - lost.size(), inDoubt, lost.size()));
            assertEquals(Map.of(), lost, "every message the script got is answered exactly once (or was on the wire at a kill)");
            assertTrue(got.contains(MessageStream.text(last)), "the script got the last message");
        } finally {
            if (stream != null) stream.stop();
            server.close();
            core.close();
        }
    }

    /** Waits until no command of the bot waits for its answer (a moment between two replies). */
    private static void awaitNothingOnTheWire(BotRunner bot) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (bot.client().pendingCommands() > 0) {
            if (System.nanoTime() > deadline) throw new AssertionError("the bot always had a command on the wire");
            Thread.sleep(1);
        }
    }

    /**
     * Parks the core thread, sends a command that therefore waits, kills the server, then lets the
     * core go: the command was delivered but its answer can never come.
     */
    private static CompletableFuture<?> commandHeldInTheCore(SimulatedCore core, ChatClient client, SimServer server)
            throws InterruptedException {
        CountDownLatch parked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread blocker = Thread.ofPlatform().name("park-sim-core").start(() -> core.call(engine -> {
            parked.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        assertTrue(parked.await(10, TimeUnit.SECONDS), "core thread parked");
        CompletableFuture<?> pending = client.send("/_contacts 1");
        server.close();
        pending.handle((ok, failure) -> null).thenRun(release::countDown);
        blocker.join(30_000);
        return pending;
    }

    /**
     * Reads what alice saw in order (her inbox keeps everything since the start) until the reply to
     * {@code message}, bare or followed by the counting script's {@code " #n/n"}.
     */
    private static Seen awaitReplyTo(VirtualPerson alice, long message) {
        String wanted = "re: " + MessageStream.text(message);
        long deadline = System.nanoTime() + WAIT.toNanos();
        for (long left; (left = deadline - System.nanoTime()) > 0; ) {
            Seen seen = alice.nextMessage(Duration.ofNanos(left));
            if (seen == null || seen.text().equals(wanted) || seen.text().startsWith(wanted + " #")) return seen;
        }
        return null;
    }
}
