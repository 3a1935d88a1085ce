package dev.simplexscript.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.client.ChatClient;
import dev.simplexscript.client.ClientOptions;
import dev.simplexscript.client.ClientStats;
import dev.simplexscript.client.CommandTimeoutException;
import dev.simplexscript.protocol.Json;
import dev.simplexscript.testutil.FakeCore;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

/**
 * Battery 3b: a core that stops answering. Commands fail by their own timeout while the connection
 * stays up; once the core answers again its late answers are counted and dropped, the events it
 * held arrive in order, and new commands work. A core that accepts TCP but never speaks WebSocket
 * is given up after the connect timeout and retried until a real one answers on that port; a
 * command sent meanwhile waits for that core and is answered by it.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CoreStallBatteryTest {
    private static final int STALLED_COMMANDS = BatterySize.pick(3, 20);
    private static final int HELD_EVENTS = BatterySize.pick(50, 1_000);
    private static final Duration SHORT = Duration.ofMillis(300);

    private static ClientOptions.Builder options(String uri) {
        return ClientOptions.builder().uri(uri).commandTimeout(Duration.ofSeconds(10))
                .connectTimeout(SHORT).backoff(Duration.ofMillis(20), Duration.ofMillis(100)).pingInterval(Duration.ZERO);
    }

    @Test
    void stalledCoreTimesCommandsOutAndEventsResumeWhenItAnswersAgain() throws Exception {
        SequenceListener listener = new SequenceListener();
        FakeCore core = FakeCore.start(0);
        ChatClient client = ChatClient.start(options(core.uri()).build(), listener);
        try (QuietLogs quiet = QuietLogs.below(Level.SEVERE, "dev.simplexscript.client")) {
            client.awaitConnected(Duration.ofSeconds(10));
            core.stall();
            List<CompletableFuture<?>> stalled = new ArrayList<>();
            for (int i = 0; i < STALLED_COMMANDS; i++) stalled.add(client.send("/stalled " + i, SHORT));
            for (int seq = 0; seq < HELD_EVENTS; seq++) {
                listener.expect(seq);
                core.push(FakeCore.event(Json.object().put("type", "newChatItems").put("seq", seq)));
            }
            for (CompletableFuture<?> command : stalled) {
                ExecutionException failed = assertThrows(ExecutionException.class,
                        () -> command.get(10, TimeUnit.SECONDS));
                CommandTimeoutException timeout = assertInstanceOf(CommandTimeoutException.class, failed.getCause());
                assertTrue(timeout.getMessage().contains("/stalled") && timeout.getMessage().contains("corrId="), timeout.getMessage());
            }
            assertTrue(client.isConnected(), "a stalled core is not a lost connection");

            core.resume();
            listener.awaitEvents(HELD_EVENTS, Duration.ofSeconds(20));
            assertEquals("/after", client.send("/after").get(10, TimeUnit.SECONDS).path("echo").asString(""));
            ClientStats stats = client.stats();
            assertEquals(List.of(), listener.problems());
            assertEquals(STALLED_COMMANDS, stats.timeouts(), stats.toString());
            assertEquals(STALLED_COMMANDS, stats.unknownCorrIds(), "the late answers are counted, not matched: " + stats);
            assertEquals(1, stats.connectionsOpened(), stats.toString());
        } finally {
            client.close();
            core.shutdown();
        }
    }

    @Test
    void coreThatAcceptsButNeverHandshakesIsRetriedUntilARealOneAnswers() throws Exception {
        Semaphore accepted = new Semaphore(0);
        List<Socket> sockets = new ArrayList<>();
        ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        silent.setReuseAddress(true);
        int port = silent.getLocalPort();
        Thread acceptor = Thread.ofPlatform().name("silent-core").start(() -> {
            try {
                while (true) {
                    Socket socket = silent.accept();
                    synchronized (sockets) {
                        sockets.add(socket);
                    }
                    accepted.release();
                }
            } catch (IOException closed) {
                // the test closed the listening socket
            }
        });
        SequenceListener listener = new SequenceListener();
        ChatClient client = ChatClient.start(options("ws://127.0.0.1:" + port).build(), listener);
        FakeCore core = null;
        try (QuietLogs quiet = QuietLogs.below(Level.SEVERE, "dev.simplexscript.client")) {
            CompletableFuture<JsonNode> early = client.send("/early");
            assertTrue(accepted.tryAcquire(3, 10, TimeUnit.SECONDS), "the client tried again after each silent connection");
            assertFalse(early.isDone(), "a command sent while no core answers waits for one: " + early);

            silent.close();
            acceptor.join(5_000);
            core = FakeCore.start(port);
            client.awaitConnected(Duration.ofSeconds(10));
            assertEquals("/early", early.get(10, TimeUnit.SECONDS).path("echo").asString(""), "the waiting command went out");
            assertEquals("/late", client.send("/late").get(10, TimeUnit.SECONDS).path("echo").asString(""));
            assertEquals(1, client.stats().connectionsOpened());
        } finally {
            client.close();
            silent.close();
            synchronized (sockets) {
                for (Socket socket : sockets) socket.close();
            }
            acceptor.join(5_000);
            if (core != null) core.shutdown();
        }
    }
}
