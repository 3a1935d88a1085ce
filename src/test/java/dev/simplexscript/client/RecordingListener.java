package dev.simplexscript.client;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.simplexscript.testutil.Patience;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/** Records everything the client tells its listener, in order, with the thread it came on. */
final class RecordingListener implements ChatClient.Listener {
    static final long WAIT_SECONDS = Patience.WAIT.toSeconds();

    /** Every call as one line: {@code event:<type>}, {@code connected:<version>}, {@code disconnected}. */
    final BlockingQueue<String> calls = new LinkedBlockingQueue<>();
    final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
    final BlockingQueue<CoreInfo> connections = new LinkedBlockingQueue<>();
    final BlockingQueue<String> disconnections = new LinkedBlockingQueue<>();
    volatile Thread lastThread;

    @Override
    public void onEvent(JsonNode resp) {
        lastThread = Thread.currentThread();
        calls.add("event:" + resp.path("type").asString("?"));
        events.add(resp);
    }

    @Override
    public void onConnected(CoreInfo info) {
        calls.add("connected:" + info.version());
        connections.add(info);
    }

    @Override
    public void onDisconnected(String reason) {
        calls.add("disconnected");
        disconnections.add(reason);
    }

    JsonNode nextEvent() throws InterruptedException {
        return take(events, "event");
    }

    CoreInfo nextConnection() throws InterruptedException {
        return take(connections, "onConnected");
    }

    String nextDisconnection() throws InterruptedException {
        return take(disconnections, "onDisconnected");
    }

    String nextCall() throws InterruptedException {
        return take(calls, "listener call");
    }

    private static <T> T take(BlockingQueue<T> queue, String what) throws InterruptedException {
        T item = queue.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(item, "no " + what + " within " + WAIT_SECONDS + " s");
        return item;
    }
}
