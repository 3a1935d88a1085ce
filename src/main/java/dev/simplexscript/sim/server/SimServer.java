package dev.simplexscript.sim.server;

import dev.simplexscript.protocol.FrameChannel;
import dev.simplexscript.sim.SimulatedCore;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Serves a {@link SimulatedCore} over plain WebSocket like the CLI's server (§2.1): any path, no
 * authentication, JSON text frames; binary frames with the same UTF-8 JSON are accepted too.
 */
public final class SimServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(SimServer.class.getName());

    private final Server server;

    private SimServer(SimulatedCore core, InetSocketAddress address) {
        this.server = new Server(core, address);
    }

    /** Binds and starts; port 0 picks a free port ({@link #port()}). */
    public static SimServer start(SimulatedCore core, String host, int port) {
        SimServer s = new SimServer(core, new InetSocketAddress(host, port));
        s.server.setReuseAddr(true);
        s.server.start();
        try {
            if (!s.server.started.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("WebSocket server did not start in 10 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting", e);
        }
        if (s.server.failure != null) throw new IllegalStateException("cannot listen on " + host + ":" + port + ": " + s.server.failure.getMessage(), s.server.failure);
        return s;
    }

    public int port() {
        return server.getPort();
    }

    @Override
    public void close() {
        try {
            server.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Server extends WebSocketServer {
        private final SimulatedCore core;
        final CountDownLatch started = new CountDownLatch(1);
        volatile Exception failure;

        Server(SimulatedCore core, InetSocketAddress address) {
            super(address);
            this.core = core;
        }

        @Override
        public void onOpen(WebSocket ws, ClientHandshake handshake) {
            LOG.log(System.Logger.Level.DEBUG, "client connected from {0}", ws.getRemoteSocketAddress());
            ws.setAttachment(core.open(new FrameChannel.Receiver() {
                @Override
                public void onFrame(String frame) {
                    if (ws.isOpen()) ws.send(frame);
                }

                @Override
                public void onClosed(String reason) {
                    if (ws.isOpen()) ws.close(1001, reason);
                }
            }));
        }

        @Override
        public void onMessage(WebSocket ws, String message) {
            FrameChannel channel = ws.getAttachment();
            if (channel != null) channel.send(message);
        }

        @Override
        public void onMessage(WebSocket ws, ByteBuffer message) {
            onMessage(ws, StandardCharsets.UTF_8.decode(message).toString());
        }

        @Override
        public void onClose(WebSocket ws, int code, String reason, boolean remote) {
            FrameChannel channel = ws.getAttachment();
            if (channel != null) channel.close();
        }

        @Override
        public void onError(WebSocket ws, Exception ex) {
            if (ws == null) {
                failure = ex;
                started.countDown();
            } else {
                LOG.log(System.Logger.Level.WARNING, "WebSocket error", ex);
            }
        }

        @Override
        public void onStart() {
            started.countDown();
        }
    }
}
