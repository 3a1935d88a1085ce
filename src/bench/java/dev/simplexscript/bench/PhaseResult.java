package dev.simplexscript.bench;

/**
 * What one measured phase of the load core saw.
 *
 * @param offeredPerSecond the fixed offered rate, or 0 for flat out (bounded only by the window)
 * @param planned          events the phase meant to send
 * @param sent             events actually sent (fewer if the client stalled or left)
 * @param lost             sent events never answered by a {@code /_send} before the drain deadline
 * @param doubled          extra {@code /_send}s for events already answered
 * @param rejected         commands the core answered with {@code chatCmdError} (bad syntax, not served)
 * @param stalled          the window stayed full past the deadline: the client stopped answering
 * @param elapsedNanos     first event sent → last answer received
 * @param latencyNanos     event sent → its {@code /_send} received, one per answered event, sorted
 */
record PhaseResult(String name, int offeredPerSecond, int planned, int sent, int lost, int doubled,
                   int rejected, boolean stalled, long elapsedNanos, long[] latencyNanos) {

    int answered() {
        return latencyNanos.length;
    }

    /** Answered events per second over the phase. */
    double throughput() {
        return elapsedNanos <= 0 ? 0 : answered() * 1e9 / elapsedNanos;
    }

    /** The latency at quantile {@code q} (nearest rank), in milliseconds; NaN when nothing was answered. */
    double latencyMillis(double q) {
        if (latencyNanos.length == 0) return Double.NaN;
        int rank = (int) Math.ceil(q * latencyNanos.length);
        return latencyNanos[Math.clamp(rank - 1, 0, latencyNanos.length - 1)] / 1e6;
    }

    double maxMillis() {
        return latencyMillis(1.0);
    }

    /** Every sent event answered exactly once, no command refused, no stall. */
    public boolean clean() {
        return !stalled && sent == planned && lost == 0 && doubled == 0 && rejected == 0;
    }

    @Override
    public String toString() {
        return "%s: sent %d/%d, answered %d, lost %d, doubled %d, rejected %d%s, %.0f/s, p50 %.3f ms, p99 %.3f ms, max %.3f ms"
                .formatted(name, sent, planned, answered(), lost, doubled, rejected, stalled ? ", STALLED" : "",
                        throughput(), latencyMillis(0.5), latencyMillis(0.99), maxMillis());
    }
}
