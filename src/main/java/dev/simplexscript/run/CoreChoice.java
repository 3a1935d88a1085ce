package dev.simplexscript.run;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import dev.simplexscript.sim.SimOptions;
import java.net.URI;
import java.util.function.UnaryOperator;

/**
 * Which chat core a run talks to: a real one at a WebSocket URL, or the embedded simulated core.
 * With neither forced, a core answering on the default port wins and the simulator is the fallback.
 */
public record CoreChoice(URI uri, boolean allowRemote, UnaryOperator<SimOptions> simulator) {
    public static final URI DEFAULT_CORE = URI.create("ws://localhost:5225");

    public CoreChoice(URI uri, boolean allowRemote) {
        this(uri, allowRemote, UnaryOperator.identity());
    }

    public static CoreChoice embedded() {
        return new CoreChoice(null, false);
    }

    /** The embedded simulator with changed options, e.g. {@code o -> o.withCoreLike("6.4").withNoise(true)}. */
    public static CoreChoice embedded(UnaryOperator<SimOptions> simulator) {
        return new CoreChoice(null, false, simulator);
    }

    public boolean simulated() {
        return uri == null;
    }

    /** The default core when something listens on its port, else the simulator. */
    public static CoreChoice detect() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", DEFAULT_CORE.getPort()), 300);
            return new CoreChoice(DEFAULT_CORE, false);
        } catch (IOException nothingThere) {
            return embedded();
        }
    }
}
