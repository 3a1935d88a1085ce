package dev.simplexscript.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.testutil.FakeCore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A connection that goes silent without closing (a frozen core, a NAT that dropped the flow, a
 * cable pulled) is found by WebSocket pings: the client drops it after missing pongs, fails what
 * was waiting on it, and reconnects. Every other test turns pings off; here a proxy between
 * client and core freezes the connection, forwarding nothing either way and closing nothing.
 */
class DeadConnectionTest {
    private static final Duration PING = Duration.ofSeconds(1);

    @Test
    void pingsFindASilentConnectionFailWhatWaitedAndReconnect() throws Exception {
        FakeCore core = FakeCore.start(0);
        try (FreezingProxy proxy = FreezingProxy.to(core.getPort());
             Harness h = Harness.notStarted(core, Harness.options(proxy.uri()).pingInterval(PING).build())) {
            h.listener.nextConnection();
            CompletableFuture<JsonNode> held = h.client.send("/hold");
            proxy.freeze();
            long frozen = System.nanoTime();

            String reason = h.listener.nextDisconnection();
            long detectedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - frozen);
            ExecutionException lost = assertThrows(ExecutionException.class, () -> held.get(10, TimeUnit.SECONDS));
            assertInstanceOf(ConnectionLostException.class, lost.getCause());
            System.getLogger(DeadConnectionTest.class.getName()).log(System.Logger.Level.INFO,
                    "silent connection dropped {0} ms after it froze (ping every {1} ms): {2}", detectedMillis, PING.toMillis(), reason);

            // The proxy lets new connections through: the client is back and works.
            h.listener.nextConnection();
            assertEquals("/after", h.client.send("/after").get(10, TimeUnit.SECONDS).get("echo").stringValue());
            assertEquals(1, h.client.stats().connectionsLost());
        }
    }

    /** The control: without pings the same silence goes unnoticed; a command only times out. */
    @Test
    void withoutPingsASilentConnectionStaysUpAndCommandsOnlyTimeOut() throws Exception {
        FakeCore core = FakeCore.start(0);
        try (FreezingProxy proxy = FreezingProxy.to(core.getPort());
             Harness h = Harness.notStarted(core, Harness.options(proxy.uri()).pingInterval(Duration.ZERO).build())) {
            h.listener.nextConnection();
            proxy.freeze();
            // Four ping intervals of silence, measured by the command's own timeout: a positive signal.
            CompletableFuture<JsonNode> held = h.client.send("/hold", PING.multipliedBy(4));
            ExecutionException timedOut = assertThrows(ExecutionException.class, () -> held.get(30, TimeUnit.SECONDS));
            assertInstanceOf(CommandTimeoutException.class, timedOut.getCause());
            assertTrue(h.client.isConnected(), "without pings the client still thinks the connection is up");
            assertEquals(0, h.client.stats().connectionsLost());
        }
    }

    /** A TCP proxy on 127.0.0.1 that can freeze its connections: bytes stop, sockets stay open. */
    private static final class FreezingProxy implements AutoCloseable {
        private final ServerSocket server;
        private final int upstreamPort;
        private final List<Socket> sockets = new CopyOnWriteArrayList<>();
        private final List<Thread> threads = new CopyOnWriteArrayList<>();
        private final Object gate = new Object();
        private volatile boolean frozen;
        private volatile boolean closed;

        private FreezingProxy(int upstreamPort) throws IOException {
            this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            this.upstreamPort = upstreamPort;
            threads.add(Thread.ofPlatform().name("proxy-accept").daemon().start(this::accept));
        }

        static FreezingProxy to(int port) throws IOException {
            return new FreezingProxy(port);
        }

        String uri() {
            return "ws://127.0.0.1:" + server.getLocalPort();
        }

        /** The connections open now go silent; later ones pass. */
        void freeze() {
            frozen = true;
        }

        private void accept() {
            try {
                while (!closed) {
                    Socket client = server.accept();
                    Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
                    sockets.add(client);
                    sockets.add(upstream);
                    // A connection made after freeze() is a new one: it is not frozen.
                    boolean afterFreeze = frozen;
                    threads.add(Thread.ofPlatform().daemon().start(() -> pump(client, upstream, afterFreeze)));
                    threads.add(Thread.ofPlatform().daemon().start(() -> pump(upstream, client, afterFreeze)));
                }
            } catch (IOException stopped) {
                // closed
            }
        }

            private void pump(Socket from, Socket to, boolean afterFreeze) {
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    if (frozen && !afterFreeze) {
                        synchronized (gate) {
                            while (!closed) gate.wait();
                        }
                        return;
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException | InterruptedException ended) {
                // a side closed, or the proxy
            }
        }

        @Override
        public void close() throws IOException, InterruptedException {
            closed = true;
            synchronized (gate) {
                gate.notifyAll();
            }
            server.close();
            for (Socket socket : sockets) socket.close();
            for (Thread thread : threads) thread.join(5_000);
        }
    }
}
