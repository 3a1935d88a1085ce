package dev.simplexscript.client;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How the client connects and how patient it is. Build with {@link #builder()}; every value has
 * a default fit for a local {@code simplex-chat -p 5225}.
 *
 * @param uri            {@code ws://} or {@code wss://} address of the core; {@code user:pass@}
 *                       in it is sent as HTTP basic authentication
 * @param allowRemote    permits a plain {@code ws://} URL whose host is not loopback: the bot API
 *                       has no authentication or encryption, so that is refused by default
 * @param commandTimeout how long one command may wait for its answer before it alone fails
 * @param connectTimeout how long one connection attempt (TCP, TLS and handshake) may take
 * @param initialBackoff first delay between connection attempts; doubles per failed attempt
 * @param maxBackoff     cap of that delay (each delay gets up to 50% random jitter below it)
 * @param maxFrameChars  longest frame the client reads, in characters; longer frames are dropped
 *                       and counted, the connection stays up (a WebSocket message over three
 *                       times this many bytes is refused by the transport and closes it)
 * @param pingInterval   WebSocket ping interval that detects dead connections;
 *                       {@link Duration#ZERO} turns it off
 * @param outageWait     how long a command sent while no core is connected waits for one before
 *                       it fails with "core unavailable"; {@link Duration#ZERO} fails it at once
 */
public record ClientOptions(
        URI uri,
        boolean allowRemote,
        Duration commandTimeout,
        Duration connectTimeout,
        Duration initialBackoff,
        Duration maxBackoff,
        int maxFrameChars,
        Duration pingInterval,
        Duration outageWait) {

    public static final URI DEFAULT_URI = URI.create("ws://localhost:5225");
    public static final int DEFAULT_MAX_FRAME_CHARS = 16 * 1024 * 1024;
    public static final Duration DEFAULT_OUTAGE_WAIT = Duration.ofSeconds(60);

    public ClientOptions {
        Objects.requireNonNull(uri, "uri");
        requirePositive(commandTimeout, "commandTimeout");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(initialBackoff, "initialBackoff");
        requirePositive(maxBackoff, "maxBackoff");
        Objects.requireNonNull(pingInterval, "pingInterval");
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("maxBackoff " + maxBackoff + " is below initialBackoff " + initialBackoff);
        }
        if (maxFrameChars < 1) throw new IllegalArgumentException("maxFrameChars must be positive: " + maxFrameChars);
        if (pingInterval.isNegative()) throw new IllegalArgumentException("pingInterval is negative: " + pingInterval);
        Objects.requireNonNull(outageWait, "outageWait");
        if (outageWait.isNegative()) throw new IllegalArgumentException("outageWait is negative: " + outageWait);
        checkSafe(uri, allowRemote);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The address without credentials, for logs and messages. */
    public String displayUri() {
        if (uri.getRawUserInfo() == null) return uri.toString();
        return uri.toString().replace(uri.getRawUserInfo() + "@", "***@");
    }

    @Override
    public String toString() {
        return "ClientOptions[uri=" + displayUri() + ", allowRemote=" + allowRemote
                + ", commandTimeout=" + commandTimeout + ", connectTimeout=" + connectTimeout
                + ", backoff=" + initialBackoff + ".." + maxBackoff + ", maxFrameChars=" + maxFrameChars
                + ", pingInterval=" + pingInterval + ", outageWait=" + outageWait + "]";
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) throw new IllegalArgumentException(name + " must be positive: " + value);
    }

    private static void checkSafe(URI uri, boolean allowRemote) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("ws") && !scheme.equals("wss")) {
            throw new IllegalArgumentException("chat core URL must start with ws:// or wss://, got " + uri.getScheme() + "://");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("chat core URL has no host");
        }
        if (scheme.equals("ws") && !allowRemote && !isLoopback(uri.getHost())) {
            throw new IllegalArgumentException("refusing unencrypted ws:// to non-loopback host " + uri.getHost()
                    + ": the chat core's bot API has no authentication or encryption. Put it behind a TLS proxy"
                    + " and use wss://, or pass the explicit allow-remote option if the network is trusted");
        }
    }

    /** Loopback by name or literal address only: resolving names here could be spoofed. */
    static boolean isLoopback(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost")) return true;
        try {
            return InetAddress.ofLiteral(bare).isLoopbackAddress();
        } catch (IllegalArgumentException notALiteral) {
            return false;
        }
    }

    /** Collects options; {@link #build()} validates them. */
    public static final class Builder {
        private URI uri = DEFAULT_URI;
        private boolean allowRemote;
        private Duration commandTimeout = Duration.ofSeconds(60);
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration initialBackoff = Duration.ofMillis(200);
        private Duration maxBackoff = Duration.ofSeconds(15);
        private int maxFrameChars = DEFAULT_MAX_FRAME_CHARS;
        private Duration pingInterval = Duration.ofSeconds(30);
        private Duration outageWait = DEFAULT_OUTAGE_WAIT;

        private Builder() {}

        public Builder uri(URI value) { uri = value; return this; }
        public Builder uri(String value) { uri = URI.create(value); return this; }
        public Builder allowRemote(boolean value) { allowRemote = value; return this; }
        public Builder commandTimeout(Duration value) { commandTimeout = value; return this; }
        public Builder connectTimeout(Duration value) { connectTimeout = value; return this; }
        public Builder backoff(Duration initial, Duration max) { initialBackoff = initial; maxBackoff = max; return this; }
        public Builder maxFrameChars(int value) { maxFrameChars = value; return this; }
        public Builder pingInterval(Duration value) { pingInterval = value; return this; }
        public Builder outageWait(Duration value) { outageWait = value; return this; }

        public ClientOptions build() {
            return new ClientOptions(uri, allowRemote, commandTimeout, connectTimeout, initialBackoff, maxBackoff,
                    maxFrameChars, pingInterval, outageWait);
        }
    }
}
