package dev.simplexscript.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Limits wrong claim codes, whoever sends them (new contacts are free to make, so a limit per
 * contact would stop nobody): after {@link #MAX_FAILURES} wrong codes within {@link #WINDOW}, every
 * claim is ignored until the oldest of them is out of the window. With 75-bit codes that allows
 * about 10^20 years of guessing; a chosen code of 10 characters, about 10^10.
 */
final class ClaimGuard {
    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final Clock clock;
    private final Deque<Instant> failures = new ArrayDeque<>();

    ClaimGuard(Clock clock) {
        this.clock = clock;
    }

    /** True when a claim may be checked now. */
    synchronized boolean open() {
        Instant cutoff = clock.instant().minus(WINDOW);
        while (!failures.isEmpty() && !failures.peekFirst().isAfter(cutoff)) failures.removeFirst();
        return failures.size() < MAX_FAILURES;
    }

    synchronized void failed() {
        failures.addLast(clock.instant());
    }
}
