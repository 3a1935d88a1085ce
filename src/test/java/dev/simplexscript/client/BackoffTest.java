package dev.simplexscript.client;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void delaysDoubleWithJitterAndStayUnderTheCap() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2));
        for (int round = 0; round < 1_000; round++) {
            long first = backoff.delayMillis(0);
            assertTrue(first >= 50 && first <= 100, "first delay " + first);
            long third = backoff.delayMillis(2);
            assertTrue(third >= 200 && third <= 400, "third delay " + third);
            for (int failures : new int[] {10, 31, 64, Integer.MAX_VALUE}) {
                long capped = backoff.delayMillis(failures);
                assertTrue(capped >= 1_000 && capped <= 2_000, "capped delay " + capped);
            }
        }
    }
}
