package dev.simplexscript.reliability;

import dev.simplexscript.client.Connector;
import dev.simplexscript.protocol.FrameChannel;
import dev.simplexscript.protocol.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/**
 * Wraps a transport to see what really reached the client: every event frame the core
 * delivered, and the texts contacts wrote in the {@code newChatItems} among them. A battery
 * compares this with what the client's listener got, so a client that loses an event cannot hide
 * it behind the core's own losses at a kill (frames in a dying socket never arrive anywhere).
 *
 * <p>{@link #dropFirstEventsAfterReconnect} plants a bug between the transport and the client for
 * the batteries' controls: the first {@code n} events of every connection after the first vanish.
 */
final class TappedConnector implements Connector {
    private final Connector transport;
    private final int dropAfterReconnect;
    private final AtomicInteger connections = new AtomicInteger();
    final AtomicLong events = new AtomicLong();
    /** Each text that arrived, with the number of the event that brought it (counting events of every type). */
    final Map<String, Long> texts = new ConcurrentHashMap<>();
    final AtomicLong planted = new AtomicLong();

    private TappedConnector(Connector transport, int dropAfterReconnect) {
        this.transport = transport;
        this.dropAfterReconnect = dropAfterReconnect;
    }

    static TappedConnector over(Connector transport) {
        return new TappedConnector(transport, 0);
    }

    /** The control's planted bug: loses the first {@code n} events after every reconnect. */
    static TappedConnector dropFirstEventsAfterReconnect(Connector transport, int n) {
        return new TappedConnector(transport, n);
    }

    @Override
    public String target() {
        return transport.target();
    }

    @Override
    public FrameChannel open(Inbound inbound) throws IOException {
        int connection = connections.incrementAndGet();
        AtomicInteger toDrop = new AtomicInteger(connection > 1 ? dropAfterReconnect : 0);
        return transport.open(new Inbound() {
            @Override
            public void onFrame(String frame) {
                if (pass(frame)) inbound.onFrame(frame);
            }

            @Override
            public void onFrame(byte[] utf8, int offset, int length) {
                if (pass(new String(utf8, offset, length, StandardCharsets.UTF_8))) inbound.onFrame(utf8, offset, length);
            }

            /** Records an event frame; false when the planted bug drops it. */
            private boolean pass(String frame) {
                JsonNode parsed = Json.parse(frame);
                if (parsed.has("corrId")) return true;
                long event = events.incrementAndGet();
                MessageStream.received(parsed.path("resp")).forEach(m -> texts.put(m.text(), event));
                if (toDrop.getAndDecrement() <= 0) return true;
                planted.incrementAndGet();
                return false;
            }

            @Override
            public void onBinaryFrame(int length) {
                inbound.onBinaryFrame(length);
            }

            @Override
            public void onClosed(String reason) {
                inbound.onClosed(reason);
            }
        });
    }
}
