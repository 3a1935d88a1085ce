package dev.simplexscript.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Whether the chat core is reachable, since when, and its version: for status, health and outage notes. */
final class CoreState {
    private final Clock clock;
    private volatile boolean connected;
    private volatile boolean everConnected;
    private volatile String version = "unknown";
    private volatile Instant since;
    private volatile String lostReason = "not connected yet";

    CoreState(Clock clock) {
        this.clock = clock;
        this.since = clock.instant();
    }

    /** @return true when this is a reconnection */
    boolean connected(String coreVersion) {
        boolean again = everConnected;
        version = coreVersion;
        since = clock.instant();
        everConnected = true;
        connected = true;
        return again;
    }

    /** The connection ended; a second call while down changes nothing. */
    void disconnected(String reason) {
        if (!connected) return;
        connected = false;
        lostReason = reason;
        since = clock.instant();
    }

    boolean isConnected() {
        return connected;
    }

    String version() {
        return version;
    }

    String lostReason() {
        return lostReason;
    }

    Instant since() {
        return since;
    }

    Duration inState() {
        return Duration.between(since, clock.instant());
    }

    String describe() {
        return connected
                ? "core " + version + ", connected for " + AdminChat.duration(inState())
                : "core unreachable for " + AdminChat.duration(inState()) + " (" + lostReason + ")";
    }
}
