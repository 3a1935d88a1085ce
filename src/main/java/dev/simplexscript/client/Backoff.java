package dev.simplexscript.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Delays between connection attempts: doubling from the initial delay up to the cap, each one
 * drawn from its upper half so that many bots restarting together do not reconnect in step.
 */
final class Backoff {
    private final long initialMillis;
    private final long maxMillis;

    Backoff(Duration initial, Duration max) {
        this.initialMillis = initial.toMillis();
        this.maxMillis = max.toMillis();
    }

    long maxMillis() {
        return maxMillis;
    }

    /** The delay before attempt {@code failures + 1}, {@code failures} counting from 0. */
    long delayMillis(int failures) {
        long base = initialMillis << Math.min(failures, 30);
        if (base <= 0 || base > maxMillis) base = maxMillis;
        long half = base / 2;
        return half + ThreadLocalRandom.current().nextLong(base - half + 1);
    }
}
