package dev.simplexscript.bench;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.protocol.command.Commands;
import dev.simplexscript.protocol.syntax.CommandException;
import dev.simplexscript.protocol.syntax.CommandSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.ServerSocketChannel;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.java_websocket.WebSocket;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.framing.TextFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A minimal chat core for load: a WebSocket server on 127.0.0.1 speaking the bot API envelope
 * (PROTOCOL.md §2) that floods {@code newChatItems} events carrying a sequence number and answers
 * every {@code /_send} at once ({@code /v}, {@code /user} and {@code /_profile} too, as a bot host
 * sends them when it starts; anything else is refused with {@code chatCmdError}). It measures each event's time from sent to the matching
 * {@code /_send} received, matching by the sequence number echoed in the reply's text.
 *
 * <p>Texts are {@code m<seq>} for measured events and {@code p<n>} for probes. An answer may append
 * {@code |<tag>} (a bot version marks its answers so, to time a hot reload). One client at a time,
 * as the core delivers each event to exactly one connection (§2.7).
 */
public final class LoadCore implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(LoadCore.class.getName());
    private static final CommandSpec SEND = Commands.spec("APISendMessages");
    private static final CommandSpec UPDATE_PROFILE = Commands.spec("APIUpdateProfile");
    private static final Duration PROBE_EVERY = Duration.ofMillis(20);
    private static final Duration SETTLE = Duration.ofMillis(100);

    private final CoreFrames frames = CoreFrames.load();
    private final Server server;
    private final int port;
    private final AtomicLong nextSeq = new AtomicLong(1);
    private final AtomicLong nextItemId = new AtomicLong(1_000);
    private final AtomicInteger rejected = new AtomicInteger();
    private final AtomicInteger strays = new AtomicInteger();
    private volatile WebSocket client;
    private volatile CountDownLatch connected = new CountDownLatch(1);
    private volatile CompletableFuture<Long> probeAnswered = new CompletableFuture<>();
    private final Map<String, CompletableFuture<Long>> tagsSeen = new ConcurrentHashMap<>();
    private volatile PhaseTracker phase;

    private LoadCore(ServerSocketChannel channel) {
        this.port = channel.socket().getLocalPort();
        this.server = new Server(channel);
    }

    /** Binds 127.0.0.1 on a free port and starts serving. */
    public static LoadCore start() {
        try {
            ServerSocketChannel channel = ServerSocketChannel.open();
            channel.bind(new InetSocketAddress("127.0.0.1", 0));
            LoadCore core = new LoadCore(channel);
            core.server.setTcpNoDelay(true);
            core.server.setReuseAddr(true);
            core.server.start();
            return core;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the load core to 127.0.0.1", e);
        }
    }

    public String url() {
        return "ws://127.0.0.1:" + port;
    }

    /** Forgets the current client so the next process can connect afresh. */
    public void expectNewClient() {
        connected = new CountDownLatch(1);
        probeAnswered = new CompletableFuture<>();
        tagsSeen.clear();
    }

    /**
     * Sends a probe event every 20 ms until one is answered: the client is connected and its bot
     * is loaded. Returns when the first answer came, as a {@link System#nanoTime()}. Gives up early
     * when {@code clientAlive} turns false: a client that exited will not connect.
     */
    public long awaitReady(Duration timeout, BooleanSupplier clientAlive) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!connected.await(PROBE_EVERY.toNanos(), TimeUnit.NANOSECONDS)) {
            if (!clientAlive.getAsBoolean()) throw new TimeoutException("the client exited without connecting to " + url());
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("no client connected to " + url() + " within " + timeout);
            }
        }
        return probeUntil(probeAnswered, PROBE_EVERY, Duration.ofNanos(deadline - System.nanoTime()),
                "the client connected but answered no message");
    }

    /**
     * When the first answer tagged {@code |<tag>} came, as a {@link System#nanoTime()}; while none has,
     * sends a probe every {@code every} so an idle bot has something to answer.
     */
    public long awaitTag(String tag, Duration every, Duration timeout) throws InterruptedException, TimeoutException {
        return probeUntil(tagsSeen.computeIfAbsent(tag, t -> new CompletableFuture<>()), every, timeout,
                "no answer tagged |" + tag);
    }

    private long probeUntil(CompletableFuture<Long> answered, Duration every, Duration timeout, String failure)
            throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int n = 0; System.nanoTime() < deadline; n++) {
            try {
                send(frames.receivedText("p" + n, nextItemId.getAndIncrement()));
            } catch (WebsocketNotConnectedException e) {
                throw new TimeoutException(failure + ": the client disconnected");
            }
            try {
                return answered.get(every.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // Not yet: probe again.
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        throw new TimeoutException(failure + " within " + timeout);
    }

    /**
     * Sends up to {@code count} events as fast as the window of unanswered events allows, for at
     * most {@code budget}: a slow client gets fewer events, not a longer bench.
     */
    public PhaseResult flatOut(String name, int count, Duration budget, int window, Duration timeout)
            throws InterruptedException {
        return run(name, count, 0, budget, window, timeout);
    }

    /**
     * Sends events at a fixed offered rate for {@code length}, still never more than {@code window}
     * unanswered; a client that cannot keep up is cut off after twice the length.
     */
    public PhaseResult atRate(String name, int perSecond, Duration length, int window, Duration timeout)
            throws InterruptedException {
        int count = (int) Math.max(1, perSecond * length.toMillis() / 1000);
        return run(name, count, perSecond, length.multipliedBy(2), window, timeout);
    }

    private PhaseResult run(String name, int count, int perSecond, Duration budget, int window, Duration timeout)
            throws InterruptedException {
        long firstSeq = nextSeq.getAndAdd(count);
        PhaseTracker tracker = new PhaseTracker(firstSeq, count, window);
        int rejectedBefore = rejected.get();
        phase = tracker;
        long interval = perSecond > 0 ? 1_000_000_000L / perSecond : 0;
        long start = System.nanoTime();
        long stopSending = start + budget.toNanos();
        int sent = 0;
        boolean stalled = false;
        try {
            for (; sent < count; sent++) {
                if (interval > 0) waitUntil(start + sent * interval);
                if (System.nanoTime() > stopSending) break;
                if (!tracker.window().tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                    stalled = true;
                    break;
                }
                long seq = firstSeq + sent;
                String frame = frames.receivedText("m" + seq, nextItemId.getAndIncrement());
                tracker.sent(seq, System.nanoTime());
                send(frame);
            }
            stalled = !drain(tracker, window, timeout);
            // A second answer to the last events may still be on the wire: give it time to be counted.
            Thread.sleep(SETTLE);
        } catch (WebsocketNotConnectedException e) {
            LOG.log(System.Logger.Level.WARNING, "client left during {0} after {1} events", name, sent);
            stalled = true;
        }
        return tracker.result(name, perSecond, sent, rejected.get() - rejectedBefore, stalled);
    }

    /**
     * Waits until nothing is outstanding: every answer gives its slot back, so a full window again
     * means all were answered. A slow client may take long; one that answers nothing for
     * {@code timeout} has stalled.
     */
    private static boolean drain(PhaseTracker tracker, int window, Duration timeout) throws InterruptedException {
        int answered = -1;
        while (tracker.answeredCount() > answered) {
            answered = tracker.answeredCount();
            if (tracker.window().tryAcquire(window, timeout.toNanos(), TimeUnit.NANOSECONDS)) return true;
        }
        return false;
    }

    /** Answers that matched no event of the current phase (late answers of a stalled phase, probes excluded). */
    public int strays() {
        return strays.get();
    }

    @Override
    public void close() throws InterruptedException {
        server.stop(2_000);
    }

    private static void waitUntil(long nanoTime) {
        // parkNanos oversleeps by ~50 µs on Linux; spin the last stretch so 10,000/s stays evenly spaced.
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            if (left > 100_000) LockSupport.parkNanos(left - 80_000);
            else Thread.onSpinWait();
        }
    }

    private void send(String frame) {
        WebSocket to = client;
        if (to == null) throw new WebsocketNotConnectedException();
        sendText(to, frame);
    }

    /**
     * Sends a text frame without Java-WebSocket's outgoing UTF-8 check: our frames are encoded from
     * Java strings, so always valid, and the library's byte-by-byte check of a 6 KB event cost the
     * core more than everything else it does per message (profiled with JFR).
     */
    private static void sendText(WebSocket to, String frame) {
        TextFrame text = new TextFrame();
        text.setPayload(ByteBuffer.wrap(frame.getBytes(StandardCharsets.UTF_8)));
        to.sendFrame(text);
    }

    private void onCommand(WebSocket conn, String message) {
        long at = System.nanoTime();
        JsonNode request;
        try {
            request = Json.parse(message);
        } catch (JacksonException e) {
            request = null;
        }
        if (request == null || !request.path("corrId").isString() || !request.path("cmd").isString()) {
            rejected.incrementAndGet();
            sendText(conn, frames.commandError(null, "invalid request"));
            return;
        }
        String corrId = request.get("corrId").stringValue();
        String cmd = request.get("cmd").stringValue().stripTrailing();
        try {
            if (cmd.equals("/user")) sendText(conn, frames.activeUser(corrId));
            else if (cmd.equals("/v")) sendText(conn, frames.versionInfo(corrId));
            // A bot host publishes its profile (peer type, command menu) when it starts.
            else if (cmd.startsWith("/_profile ")) sendText(conn, frames.profileUpdated(corrId, UPDATE_PROFILE.parse(cmd).get("profile")));
            else if (cmd.startsWith("/_send ")) onSend(conn, corrId, cmd, at);
            else throw new CommandException("not served by the bench core: " + cmd);
        } catch (CommandException e) {
            rejected.incrementAndGet();
            LOG.log(System.Logger.Level.WARNING, "refused command {0}: {1}", cmd, e.getMessage());
            sendText(conn, frames.commandError(corrId, e.getMessage()));
        }
    }

    private void onSend(WebSocket conn, String corrId, String cmd, long at) {
        String text = SEND.parse(cmd).get("composedMessages").get(0).get("msgContent").path("text").asString();
        sendText(conn, frames.sentText(corrId, text, nextItemId.getAndIncrement()));
        int bar = text.indexOf('|');
        if (bar >= 0) {
            tagsSeen.computeIfAbsent(text.substring(bar + 1), t -> new CompletableFuture<>()).complete(at);
            text = text.substring(0, bar);
        }
        if (text.startsWith("p")) {
            probeAnswered.complete(at);
        } else if (text.startsWith("m")) {
            answered(text, at);
        } else {
            strays.incrementAndGet();
        }
    }

    private void answered(String text, long at) {
        long seq;
        try {
            seq = Long.parseLong(text, 1, text.length(), 10);
        } catch (NumberFormatException e) {
            strays.incrementAndGet();
            return;
        }
        PhaseTracker current = phase;
        if (current != null && current.owns(seq)) current.answered(seq, at);
        else strays.incrementAndGet();
    }

    private final class Server extends WebSocketServer {
        Server(ServerSocketChannel channel) {
            super(channel);
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            client = conn;
            connected.countDown();
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
            if (client == conn) client = null;
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            onCommand(conn, message);
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
            LOG.log(System.Logger.Level.WARNING, "load core socket error", ex);
        }

        @Override
        public void onStart() {
            // Nothing to wait for: the channel was bound before start().
        }
    }
}
