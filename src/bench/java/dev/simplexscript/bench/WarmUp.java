package dev.simplexscript.bench;

import java.time.Duration;

/**
 * Warm-up until steady: chunks of messages flat out until a chunk (the third or later) is no faster
 * than 1.1× the best before it, or the time is up. A raw client is steady after a second or two; our host's JIT and
 * GraalJS need longer, and measuring them cold would measure the compiler, not the host.
 */
final class WarmUp {
    private static final double STILL_IMPROVING = 1.1;
    /** Two chunks can look steady by chance on a shared machine while the JIT is still busy. */
    private static final int MIN_CHUNKS = 3;

    private WarmUp() {}

    /** The last chunk; stalled when the client stopped answering during the warm-up. */
    static PhaseResult untilSteady(LoadCore core, BenchPlan plan, Duration atMost, int window) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        double best = 0;
        PhaseResult chunk;
        int chunks = 0;
        do {
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            Duration budget = left.compareTo(plan.flatOutBudget()) < 0 ? left : plan.flatOutBudget();
            chunk = core.flatOut("warm-up", plan.warmUp(), budget, window, plan.phaseTimeout());
            chunks++;
            if (chunk.stalled()) return chunk;
            boolean improving = chunk.throughput() > best * STILL_IMPROVING;
            best = Math.max(best, chunk.throughput());
            if (chunks >= MIN_CHUNKS && !improving) return chunk;
        } while (System.nanoTime() < deadline);
        return chunk;
    }
}
