package dev.simplexscript.client;

import dev.simplexscript.protocol.FrameChannel;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ServerHandshake;

/**
 * Opens Java-WebSocket connections to {@link ClientOptions#uri()}: credentials in the URL become
 * an {@code Authorization: Basic} header, {@code wss://} uses the JDK's default TLS trust.
 */
public final class WebSocketConnector implements Connector {
    private static final System.Logger LOG = System.getLogger(WebSocketConnector.class.getName());
    /** How long close() waits for the close handshake before dropping the socket. */
    private static final long CLOSE_HANDSHAKE_MILLIS = 2_000;

    private final ClientOptions options;
    private final URI address;
    private final Map<String, String> headers;

    public WebSocketConnector(ClientOptions options) {
        this.options = options;
        this.address = withoutUserInfo(options.uri());
        String userInfo = options.uri().getUserInfo();
        this.headers = userInfo == null ? Map.of()
                : Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8)));
        if (userInfo != null && address.getScheme().equals("ws")) {
            LOG.log(System.Logger.Level.WARNING, "sending basic-auth credentials over unencrypted ws:// to {0}", target());
        }
    }

    @Override
    public String target() {
        return options.displayUri();
    }

    @Override
    public FrameChannel open(Inbound inbound) throws IOException {
        Channel channel = new Channel(inbound);
        boolean open;
        try {
            open = channel.socket.connectBlocking(options.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            channel.abandon();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while connecting to " + target());
        }
        if (!open) {
            channel.abandon();
            String why = channel.failure == null ? "no WebSocket handshake within " + options.connectTimeout().toMillis() + " ms" : channel.failure;
            throw new IOException("cannot connect to chat core at " + target() + ": " + why);
        }
        return channel;
    }

    private static URI withoutUserInfo(URI uri) {
        try {
            return new URI(uri.getScheme().toLowerCase(java.util.Locale.ROOT), null, uri.getHost(), uri.getPort(),
                    uri.getPath(), uri.getQuery(), null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("bad chat core URL " + uri, e);
        }
    }

    /** One connection; reports to the inbound side only once it has opened. */
    private final class Channel implements FrameChannel {
        private final Inbound inbound;
        private final WebSocketClient socket;
        private final CountDownLatch closed = new CountDownLatch(1);
        private volatile boolean opened;
        private volatile String failure;

        Channel(Inbound inbound) {
            this.inbound = inbound;
            int hardLimit = (int) Math.min(Integer.MAX_VALUE, 3L * options.maxFrameChars());
            this.socket = new WebSocketClient(address, new TextBytesDraft(hardLimit, inbound::onFrame), headers,
                    (int) options.connectTimeout().toMillis()) {
                @Override
                public void onOpen(ServerHandshake handshake) {
                    opened = true;
                }

                /** Only fragmented messages come here; whole ones reach the inbound side as bytes. */
                @Override
                public void onMessage(String frame) {
                    inbound.onFrame(frame);
                }

                @Override
                public void onMessage(ByteBuffer frame) {
                    inbound.onBinaryFrame(frame.remaining());
                }

                /**
                 * The core started closing: it reads nothing written from now on, so the session
                 * ends here rather than at the end of the close handshake, and commands sent
                 * meanwhile wait for the next connection instead of dying on the wire.
                 */
                @Override
                public void onClosing(int code, String reason, boolean remote) {
                    if (opened && remote) inbound.onClosed(describeClose(code, reason, true));
                }

                @Override
                public void onClose(int code, String reason, boolean remote) {
                    closed.countDown();
                    if (opened) inbound.onClosed(describeClose(code, reason, remote));
                    else if (failure == null) failure = describeClose(code, reason, remote);
                }

                @Override
                public void onError(Exception e) {
                    if (failure == null) failure = e.toString();
                    LOG.log(System.Logger.Level.DEBUG, "WebSocket error on {0}: {1}", target(), e);
                }
            };
            socket.setTcpNoDelay(true);
            long pingSeconds = options.pingInterval().toSeconds();
            socket.setConnectionLostTimeout(options.pingInterval().isZero() ? 0 : (int) Math.max(1, pingSeconds));
        }

        @Override
        public void send(String frame) {
            socket.send(frame);
        }

        @Override
        public void close() {
            socket.close();
            try {
                if (!closed.await(CLOSE_HANDSHAKE_MILLIS, TimeUnit.MILLISECONDS)) abandon();
            } catch (InterruptedException e) {
                abandon();
                Thread.currentThread().interrupt();
            }
        }

        /** Drops a connection that never opened or will not close politely; ends its threads. */
        void abandon() {
            socket.closeConnection(CloseFrame.ABNORMAL_CLOSE, "abandoned by client");
            Socket raw = socket.getSocket();
            if (raw != null) {
                try {
                    raw.close();
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.DEBUG, "closing socket to {0}: {1}", target(), e);
                }
            }
        }

        private String describeClose(int code, String reason, boolean remote) {
            String who = remote ? "closed by the core" : "closed";
            String tooBig = code == CloseFrame.TOOBIG ? ", a frame exceeded the transport limit of "
                    + 3L * options.maxFrameChars() + " bytes" : "";
            return who + " (code " + code + (reason == null || reason.isEmpty() ? "" : ", " + reason) + tooBig + ")";
        }
    }
}
