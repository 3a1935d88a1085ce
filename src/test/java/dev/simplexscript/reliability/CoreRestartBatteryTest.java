package dev.simplexscript.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.client.ChatClient;
import dev.simplexscript.client.ClientOptions;
import dev.simplexscript.client.ConnectionLostException;
import dev.simplexscript.host.HostConfig;
import dev.simplexscript.run.BotRunner;
import dev.simplexscript.run.CoreChoice;
import dev.simplexscript.sim.SimOptions;
import dev.simplexscript.sim.SimulatedCore;
import dev.simplexscript.sim.people.VirtualPerson;
import dev.simplexscript.sim.server.SimServer;
import dev.simplexscript.sim.world.Seen;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Battery 3a: the simulator's WebSocket server is killed and restarted {@value #CI_RESTARTS}
 * (ci) or {@value #FULL_RESTARTS} (full) times while a virtual person writes to a replying bot
 * all along. The world outlives the server, as a real core's database does. Each time a command
 * is held in the core at the kill; it must fail with {@link ConnectionLostException}, the bot
 * must hear the disconnection, reconnect with its default back-off, and go on answering; in the
 * end no message may have been answered twice. A second test runs a whole bot (host, API and a
 * script) over the same kind of restarts: the script hears each disconnection and connection,
 * and its memory and store carry on across them. The script catches its failed replies: an
 * uncaught one counts as a script failure, and five of those in a row disable it (see
 * docs/reliability.md, findings).
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class CoreRestartBatteryTest {
    private static final System.Logger LOG = System.getLogger(CoreRestartBatteryTest.class.getName());
    private static final int CI_RESTARTS = 3;
    private static final int FULL_RESTARTS = 10;
    private static final int RESTARTS = BatterySize.pick(CI_RESTARTS, FULL_RESTARTS);
    private static final Duration MESSAGE_INTERVAL = Duration.ofMillis(20);
    private static final int REPLIES_BETWEEN_KILLS = 5;

    @Test
    void botReconnectsAfterEveryRestartAndNeverAnswersAMessageTwice(@TempDir Path files) throws Exception {
        SimulatedCore core = SimulatedCore.start(SimOptions.defaults(files).withAddress(true));
        core.send("/_address_settings 1 {\"businessAddress\":false,\"autoAccept\":{\"acceptIncognito\":false}}");
        SimServer server = SimServer.start(core, "127.0.0.1", 0);
        int port = server.port();
        ReplyingBot bot = new ReplyingBot();
        ChatClient client = ChatClient.start(ClientOptions.builder().uri("ws://127.0.0.1:" + port)
                .commandTimeout(Duration.ofSeconds(10)).pingInterval(Duration.ZERO).build(), bot);
        bot.attach(client);
        MessageStream stream = null;
        List<Long> recoverMillis = new ArrayList<>();
        try (QuietLogs quiet = QuietLogs.below(Level.SEVERE, "dev.simplexscript.client", "dev.simplexscript.sim")) {
            assertTrue(bot.connected.tryAcquire(10, TimeUnit.SECONDS), "first connection");
            VirtualPerson alice = core.person("alice");
            assertEquals("@2", alice.connectViaAddress(), "auto-accepted contact");
            stream = MessageStream.start(alice, MESSAGE_INTERVAL);

            for (int restart = 1; restart <= RESTARTS; restart++) {
                assertTrue(bot.replied.tryAcquire(REPLIES_BETWEEN_KILLS, 30, TimeUnit.SECONDS), "bot answering before kill " + restart);
                CompletableFuture<?> pending = commandHeldInTheCore(core, client, server);
                ExecutionException lost = assertThrows(ExecutionException.class, () -> pending.get(10, TimeUnit.SECONDS));
                ConnectionLostException why = assertInstanceOf(ConnectionLostException.class, lost.getCause());
                assertTrue(why.getMessage().contains("/_contacts 1"), "the error names the command: " + why.getMessage());
                assertTrue(bot.disconnected.tryAcquire(10, TimeUnit.SECONDS), "listener heard the disconnection " + restart);

                server = SimServer.start(core, "127.0.0.1", port);
                long restarted = System.nanoTime();
                assertTrue(bot.connected.tryAcquire(30, TimeUnit.SECONDS), "reconnected after restart " + restart);
                recoverMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restarted));
                bot.replied.drainPermits();
            }
            long last = stream.stop();
            Seen lastReply = awaitReplyTo(alice, last);
            assertNotNull(lastReply, "the last message was answered after all restarts");

            Map<String, Long> repliesPerMessage = alice.seen().stream()
                    .filter(s -> s.kind().equals("message") && s.text().startsWith("re: "))
                    .collect(Collectors.groupingBy(Seen::text, Collectors.counting()));
            long twice = repliesPerMessage.values().stream().filter(n -> n > 1).count();
            long unanswered = last - repliesPerMessage.size();
            LongSummaryStatistics recover = recoverMillis.stream().mapToLong(Long::longValue).summaryStatistics();
            LOG.log(System.Logger.Level.INFO, String.format("core restarts (%s): %d restarts, time to recover from server start "
                    + "to onConnected min %d / mean %.0f / max %d ms %s; %d messages, %d answered, %d unanswered, %d answered twice, "
                    + "%d replies failed on the bot's side", BatterySize.name(), RESTARTS, recover.getMin(), recover.getAverage(),
                    recover.getMax(), recoverMillis, last, repliesPerMessage.size(), unanswered, twice, bot.repliesFailed.get()));
            assertEquals(0, twice, "answered twice: " + repliesPerMessage.entrySet().stream().filter(e -> e.getValue() > 1).toList());
            assertEquals(RESTARTS + 1L, client.stats().connectionsOpened(), client.stats().toString());
            assertEquals(0, bot.disconnected.availablePermits(), "no disconnection beyond the restarts");
        } finally {
            if (stream != null) stream.stop();
            client.close();
            server.close();
            core.close();
        }
    }

    @Test
    void scriptsSeeEveryRestartAndKeepTheirState(@TempDir Path dir) throws Exception {
        SimulatedCore core = SimulatedCore.start(SimOptions.defaults(dir.resolve("sim-files")).withAddress(true));
        core.send("/_address_settings 1 {\"businessAddress\":false,\"autoAccept\":{\"acceptIncognito\":false}}");
        SimServer server = SimServer.start(core, "127.0.0.1", 0);
        int port = server.port();
        Path scripts = Files.createDirectories(dir.resolve("scripts"));
        Files.writeString(scripts.resolve("counter.js"), """
                let handled = 0
                on.connected(() => log.info('heard connected'))
                on.disconnected(() => log.info('heard disconnected'))
                on.message(async msg => {
                  handled++
                  store.set('handled', (store.get('handled') || 0) + 1)
                  try {
                    await msg.reply(`re: ${msg.text} #${handled}/${store.get('handled')}`)
                  } catch (e) {
                    log.warn('reply lost: ' + e.message)
                  }
                })
                """);
        ReportedLines lines = new ReportedLines();
        HostConfig config = HostConfig.defaults(dir.resolve("store.mv")).withReporter(lines);
        MessageStream stream = null;
        try (QuietLogs quiet = QuietLogs.below(Level.SEVERE, "dev.simplexscript.client", "dev.simplexscript.sim",
                     "dev.simplexscript.host", "dev.simplexscript.run");
             BotRunner bot = BotRunner.start(new CoreChoice(URI.create("ws://127.0.0.1:" + port), false), config, dir, status -> {})) {
            bot.awaitConnected(Duration.ofSeconds(10));
            bot.load(List.of(scripts));
            VirtualPerson alice = core.person("alice");
            alice.connectViaAddress();
            stream = MessageStream.start(alice, MESSAGE_INTERVAL);
            for (int restart = 1; restart <= RESTARTS; restart++) {
                assertNotNull(alice.nextMessage(Duration.ofSeconds(30)), "the script answers before kill " + restart);
                server.close();
                lines.await("counter.js", "heard disconnected");
                server = SimServer.start(core, "127.0.0.1", port);
                lines.await("counter.js", "heard connected");
            }
            long last = stream.stop();
            assertNotNull(awaitReplyTo(alice, last), "the last message was answered");
            List<String> replies = alice.seen().stream().filter(s -> s.kind().equals("message")).map(Seen::text).toList();
            long twice = replies.stream().map(r -> r.substring(0, r.indexOf(" #")))
                    .collect(Collectors.groupingBy(r -> r, Collectors.counting())).values().stream().filter(n -> n > 1).count();
            assertEquals(0, twice, "a message answered twice: " + replies);
            long previous = 0;
            for (String reply : replies) {
                String[] counters = reply.substring(reply.indexOf(" #") + 2).split("/");
                assertEquals(counters[0], counters[1], "memory and store agree: " + reply);
                assertTrue(Long.parseLong(counters[0]) > previous, "the script's counter never went back: " + replies);
                previous = Long.parseLong(counters[0]);
            }
            List<String> lost = lines.matching("reply lost");
            LOG.log(System.Logger.Level.INFO, String.format("host over core restarts (%s): %d restarts, %d messages, %d answered,"
                    + " %d replies failed in the script, script counters continuous; failures: %s", BatterySize.name(), RESTARTS,
                    last, replies.size(), lost.size(), lost.stream().limit(3).toList()));
        } finally {
            if (stream != null) stream.stop();
            server.close();
            core.close();
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
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (long left; (left = deadline - System.nanoTime()) > 0; ) {
            Seen seen = alice.nextMessage(Duration.ofNanos(left));
            if (seen == null || seen.text().equals(wanted) || seen.text().startsWith(wanted + " #")) return seen;
        }
        return null;
    }
}
