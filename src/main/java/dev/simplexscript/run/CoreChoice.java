package dev.simplexscript.run;

import dev.simplexscript.client.ClientOptions;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import dev.simplexscript.sim.SimOptions;
import java.net.URI;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * Which chat core a run talks to: a real one at a WebSocket URL, or the embedded simulated core.
 * With neither forced, a core answering on the default port wins and the simulator is the fallback.
 *
 * @param outageWait how long API calls made while the core is away wait for it ({@code --outage-wait})
 * @param simulator changes to the embedded simulator's options ({@code --core-like}, {@code --noise})
 */
public record CoreChoice(URI uri, boolean allowRemote, Duration outageWait, UnaryOperator<SimOptions> simulator) {
    public static final URI DEFAULT_CORE = URI.create("ws://localhost:5225");

    public CoreChoice(URI uri, boolean allowRemote) {
        this(uri, allowRemote, ClientOptions.DEFAULT_OUTAGE_WAIT, UnaryOperator.identity());
    }

    public CoreChoice withOutageWait(Duration value) {
        return new CoreChoice(uri, allowRemote, value, simulator);
    }

    public static CoreChoice embedded() {
        return new CoreChoice(null, false);
    }

    /** The embedded simulator with changed options, e.g. {@code o -> o.withCoreLike("6.4").withNoise(true)}. */
    public static CoreChoice embedded(UnaryOperator<SimOptions> simulator) {
        return new CoreChoice(null, false, ClientOptions.DEFAULT_OUTAGE_WAIT, simulator);
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
