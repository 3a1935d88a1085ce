package dev.simplexscript.reliability;

import java.net.URI;
import java.nio.ByteBuffer;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;

/** A bare WebSocket to a core, below our client: sends whatever bytes a test wants and queues every frame it gets. */
final class RawSocket extends WebSocketClient {
    final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    volatile String closedBecause;

    private RawSocket(URI uri) {
        super(uri);
        setConnectionLostTimeout(0);
    }

    static RawSocket connect(String uri) throws InterruptedException {
        RawSocket socket = new RawSocket(URI.create(uri));
        if (!socket.connectBlocking(10, TimeUnit.SECONDS)) throw new IllegalStateException("cannot connect to " + uri);
        return socket;
    }

    @Override
    public void onOpen(ServerHandshake handshake) {}

    @Override
    public void onMessage(String frame) {
        received.add(frame);
    }

    @Override
    public void onMessage(ByteBuffer frame) {
        received.add("<binary frame of " + frame.remaining() + " bytes>");
    }

    @Override
    public void onClose(int code, String reason, boolean remote) {
        closedBecause = code + " " + reason;
    }

    @Override
    public void onError(Exception ex) {}
}
