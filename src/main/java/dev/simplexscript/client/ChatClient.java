package dev.simplexscript.client;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/**
 * A connection to a chat core that callers never have to manage: it connects and reconnects by
 * itself, correlates each command with its answer, and streams events to one {@link Listener}.
 *
 * <p>Threads: one connect thread, one timer thread, one event thread, plus the transport's own.
 * Command futures complete on the transport's reader thread; keep work chained to them with the
 * non-async methods short, or use the {@code *Async} variants.
 */
public final class ChatClient implements CoreGateway, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ChatClient.class.getName());
    private static final AtomicInteger INSTANCES = new AtomicInteger();
    private static final Duration LISTENER_GRACE_AT_CLOSE = Duration.ofSeconds(5);

    /** Receives what the core says on its own, always on the client's event thread, in order. */
    public interface Listener {
        /** An event ({@code resp} of a frame without corrId); unknown types arrive unchanged. */
        void onEvent(JsonNode resp);

        /** A connection is up and probed; called before any event of that connection. */
        default void onConnected(CoreInfo info) {}

        /** The connection ended (after all its events); pending commands have already failed. */
        default void onDisconnected(String reason) {}
    }

    private final ClientOptions options;
    private final Connector connector;
    private final Counters counters = new Counters();
    private final EventDispatcher events;
    private final ScheduledThreadPoolExecutor timer;
    private final Thread connectThread;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Object connectedSignal = new Object();
    private final OutageQueue outage;
    private volatile Connection current;

    private ChatClient(ClientOptions options, Connector connector, Listener listener) {
        this.options = options;
        this.connector = connector;
        String name = "simplex-client-" + INSTANCES.incrementAndGet();
        this.events = new EventDispatcher(listener, counters, name + "-events");
        this.timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, name + "-timer");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        this.outage = new OutageQueue(options.outageWait(), timer, connector.target());
        Wiring wiring = new Wiring(counters, events, timer, new AtomicLong(), options.maxFrameChars(), connector.target());
        this.connectThread = new Thread(new ConnectionLoop(connector, wiring, options, this::publish), name + "-connect");
        connectThread.setDaemon(true);
    }

    /** Starts a client over WebSocket to {@link ClientOptions#uri()}; it connects in the background. */
    public static ChatClient start(ClientOptions options, Listener listener) {
        return start(options, new WebSocketConnector(options), listener);
    }

    /** Starts a client over any transport, e.g. the in-process simulated core. */
    public static ChatClient start(ClientOptions options, Connector connector, Listener listener) {
        ChatClient client = new ChatClient(Objects.requireNonNull(options), Objects.requireNonNull(connector),
                Objects.requireNonNull(listener));
        client.events.start();
        client.connectThread.start();
        return client;
    }

    /** Same as {@link #send(String)}. */
    @Override
    public CompletableFuture<JsonNode> command(String command) {
        return send(command);
    }

    /** Sends one command with the default timeout from the options. */
    public CompletableFuture<JsonNode> send(String command) {
        return send(command, options.commandTimeout());
    }

    /**
     * Sends one command. The future completes with the response object, or fails with
     * {@link dev.simplexscript.protocol.ChatException} ({@code chatCmdError}),
     * {@link CommandTimeoutException}, {@link ConnectionLostException}, or
     * {@link CoreUnavailableException} when no core was connected within
     * {@link ClientOptions#outageWait()}: while none is, commands wait and then go out in order
     * ({@link OutageQueue}). The timeout counts from when the command is written.
     */
    public CompletableFuture<JsonNode> send(String command, Duration timeout) {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(timeout, "timeout");
        return outage.send(command, timeout);
    }

    /** Commands sent and not yet answered, and commands waiting for a connection. */
    public int pendingCommands() {
        Connection connection = current;
        return (connection == null ? 0 : connection.pendingCount()) + outage.size();
    }

    public boolean isConnected() {
        Connection connection = current;
        return connection != null && connection.isOpen();
    }

    /** Waits until a connection is up and probed (returns at once if one is). */
    public void awaitConnected(Duration timeout) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (connectedSignal) {
            while (!isConnected()) {
                long left = deadline - System.nanoTime();
                if (closed.get()) throw new TimeoutException("client for " + connector.target() + " was closed");
                if (left <= 0) {
                    throw new TimeoutException("no chat core connection at " + connector.target() + " within " + timeout.toMillis() + " ms");
                }
                TimeUnit.NANOSECONDS.timedWait(connectedSignal, left);
            }
        }
    }

    public ClientStats stats() {
        return counters.snapshot();
    }

    /**
     * Fails pending commands with {@link ConnectionLostException}, delivers the events already
     * queued (and {@code onDisconnected}), stops the client's threads and closes the connection.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
        outage.close();
        connectThread.interrupt();
        boolean interrupted = false;
        try {
            if (Thread.currentThread() != connectThread) connectThread.join();
            timer.shutdownNow();
            timer.awaitTermination(LISTENER_GRACE_AT_CLOSE.toMillis(), TimeUnit.MILLISECONDS);
            events.stop(LISTENER_GRACE_AT_CLOSE);
        } catch (InterruptedException e) {
            interrupted = true;
        }
        synchronized (connectedSignal) {
            connectedSignal.notifyAll();
        }
        LOG.log(System.Logger.Level.DEBUG, "chat client for {0} closed: {1}", connector.target(), counters.snapshot());
        if (interrupted) Thread.currentThread().interrupt();
    }

    private void publish(Connection connection) {
        current = connection;
        outage.connected(connection);
        synchronized (connectedSignal) {
            connectedSignal.notifyAll();
        }
    }
}
