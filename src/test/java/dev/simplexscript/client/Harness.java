package dev.simplexscript.client;

import dev.simplexscript.testutil.FakeCore;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;

/** A test core, a client connected to it and a recording listener, closed together. */
final class Harness implements AutoCloseable {
    final RecordingListener listener = new RecordingListener();
    FakeCore core;
    final ChatClient client;

    private Harness(FakeCore core, ClientOptions options) {
        this.core = core;
        this.client = ChatClient.start(options, listener);
    }

    /** Fast, test-sized options for a core at {@code uri}. */
    static ClientOptions.Builder options(String uri) {
        return ClientOptions.builder().uri(uri)
                .commandTimeout(Duration.ofSeconds(10))
                .connectTimeout(Duration.ofSeconds(2))
                .backoff(Duration.ofMillis(10), Duration.ofMillis(200))
                .pingInterval(Duration.ZERO);
    }

    /** Starts a core, then a client, and waits until the client is connected and announced. */
    static Harness connected() throws Exception {
        return connected(UnaryOperator.identity());
    }

    static Harness connected(UnaryOperator<ClientOptions.Builder> tweak) throws Exception {
        FakeCore core = FakeCore.start(0);
        Harness harness = new Harness(core, tweak.apply(options(core.uri())).build());
        harness.listener.nextConnection();
        return harness;
    }

    static Harness notStarted(FakeCore core, ClientOptions options) {
        return new Harness(core, options);
    }

    void awaitConnected() throws InterruptedException, TimeoutException {
        client.awaitConnected(Duration.ofSeconds(RecordingListener.WAIT_SECONDS));
    }

    @Override
    public void close() throws InterruptedException {
        client.close();
        if (core != null) core.shutdown();
    }
}
