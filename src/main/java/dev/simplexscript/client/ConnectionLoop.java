package dev.simplexscript.client;

import dev.simplexscript.protocol.ChatException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * The client's connect thread: opens a connection, probes the core, publishes it, waits for it to
 * end, backs off, and starts again, until it is interrupted by {@link ChatClient#close()}.
 */
final class ConnectionLoop implements Runnable {
    private static final System.Logger LOG = System.getLogger(ConnectionLoop.class.getName());

    private final Connector connector;
    private final Wiring wiring;
    private final Duration probeTimeout;
    private final Backoff backoff;
    private final Consumer<Connection> publish;

    ConnectionLoop(Connector connector, Wiring wiring, ClientOptions options, Consumer<Connection> publish) {
        this.connector = connector;
        this.wiring = wiring;
        this.probeTimeout = options.commandTimeout();
        this.backoff = new Backoff(options.initialBackoff(), options.maxBackoff());
        this.publish = publish;
    }

    @Override
    public void run() {
        int failures = 0;
        Connection connection = null;
        try {
            while (!Thread.currentThread().isInterrupted()) {
                connection = new Connection(wiring);
                try {
                    connection.attach(connector.open(connection));
                    CoreInfo info = probe(connection);
                    failures = 0;
                    wiring.counters().connectionsOpened.increment();
                    LOG.log(System.Logger.Level.INFO, "connected to chat core at {0}: {1}", connector.target(), info.describe());
                    publish.accept(connection);
                    connection.announce(info);
                    connection.awaitEnd();
                    if (Thread.currentThread().isInterrupted()) break;
                    LOG.log(System.Logger.Level.WARNING, "connection to chat core at {0} lost ({1}); reconnecting",
                            connector.target(), connection.endReason());
                } catch (IOException | RuntimeException e) {
                    // A connector bug must not end the loop: the client would never reconnect.
                    connection.shutdown(e.getMessage() == null ? e.toString() : e.getMessage());
                    if (Thread.currentThread().isInterrupted()) break;
                    if (e instanceof RuntimeException) {
                        LOG.log(System.Logger.Level.ERROR, "connector for " + connector.target() + " failed; retrying", e);
                    } else {
                        LOG.log(failures == 0 ? System.Logger.Level.WARNING : System.Logger.Level.DEBUG,
                                "{0}; retrying with backoff up to {1} ms", e.getMessage(), backoff.maxMillis());
                    }
                    failures++;
                }
                Thread.sleep(backoff.delayMillis(failures));
            }
        } catch (InterruptedException closing) {
            // close() interrupts us; the connection below ends with "client closed".
        } finally {
            if (connection != null) connection.shutdown("client closed");
        }
    }

    /** Asks for the version and the active user together; refusals are warnings, silence is a failure. */
    private CoreInfo probe(Connection connection) throws IOException, InterruptedException {
        CompletableFuture<JsonNode> version = connection.send("/v", probeTimeout);
        CompletableFuture<JsonNode> user = connection.send("/user", probeTimeout);
        JsonNode versionResp = await(version, "/v");
        JsonNode userResp = await(user, "/user");
        String versionText = CoreInfo.UNKNOWN_VERSION;
        JsonNode versionInfo = null;
        if (versionResp != null && "versionInfo".equals(versionResp.path("type").asString(""))) {
            versionInfo = versionResp;
            versionText = versionResp.path("versionInfo").path("version").asString(CoreInfo.UNKNOWN_VERSION);
        } else if (versionResp != null) {
            LOG.log(System.Logger.Level.WARNING, "chat core answered /v with {0}, not versionInfo; version unknown",
                    versionResp.path("type").asString("?"));
        }
        JsonNode activeUser = userResp != null && "activeUser".equals(userResp.path("type").asString(""))
                ? userResp.get("user") : null;
        return new CoreInfo(versionText, versionInfo, activeUser);
    }

    /** The answer, or {@code null} when the core refused the command with a chat error. */
    private JsonNode await(CompletableFuture<JsonNode> answer, String command) throws IOException, InterruptedException {
        try {
            return answer.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ChatException refused) {
                if (!refused.is("noActiveUser")) {
                    LOG.log(System.Logger.Level.WARNING, "chat core refused {0} ({1}); going on without it", command, refused.getMessage());
                }
                return null;
            }
            throw new IOException("chat core at " + connector.target() + " failed the " + command + " probe: "
                    + e.getCause().getMessage(), e.getCause());
        }
    }
}
