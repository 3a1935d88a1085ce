package dev.simplexscript.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TestClockTest {

    @Test
    void nothingFiresUntilTimeIsAdvancedAndThenInOrderOfDueTime() {
        TestClock clock = new TestClock();
        List<String> fired = new ArrayList<>();
        clock.schedule(() -> fired.add("b@200:" + clock.now()), 200, TimeUnit.MILLISECONDS);
        clock.schedule(() -> fired.add("a@100:" + clock.now()), 100, TimeUnit.MILLISECONDS);
        clock.advance(99);
        assertEquals(List.of(), fired);
        clock.advance(150);
        assertEquals(List.of("a@100:100", "b@200:200"), fired);
        assertEquals(249, clock.now());
    }

    @Test
    void repeatingTaskFiresOncePerPeriodCoveredAndStopsWhenCancelled() {
        TestClock clock = new TestClock();
        List<Long> fired = new ArrayList<>();
        ScheduledFuture<?> every = clock.scheduleWithFixedDelay(() -> fired.add(clock.now()), 1000, 1000, TimeUnit.MILLISECONDS);
        clock.advance(3500);
        assertEquals(List.of(1000L, 2000L, 3000L), fired);
        every.cancel(false);
        clock.advance(10_000);
        assertEquals(3, fired.size());
    }

    @Test
    void taskScheduledByARunningTaskFiresInTheSameAdvanceWhenDue() {
        TestClock clock = new TestClock();
        List<Long> fired = new ArrayList<>();
        clock.schedule(() -> clock.schedule(() -> fired.add(clock.now()), 50, TimeUnit.MILLISECONDS), 10, TimeUnit.MILLISECONDS);
        clock.advance(100);
        assertEquals(List.of(60L), fired);
    }

    @Test
    void cancelledOneShotNeverRunsAndNegativeAdvanceIsRefused() {
        TestClock clock = new TestClock();
        List<String> fired = new ArrayList<>();
        clock.schedule(() -> fired.add("x"), 10, TimeUnit.MILLISECONDS).cancel(false);
        clock.advance(20);
        assertEquals(List.of(), fired);
        assertThrows(IllegalArgumentException.class, () -> clock.advance(-1));
    }
}
