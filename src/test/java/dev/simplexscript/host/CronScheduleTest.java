package dev.simplexscript.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class CronScheduleTest {
    private static final ZoneId UTC = ZoneId.of("UTC");
    /** A Tuesday. */
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 24, 19, 3, 30, 0, UTC);

    private static ZonedDateTime at(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, UTC);
    }

    @Test
    void everyFiveMinutesFiresOnTheNextMultipleOfFive() {
        assertEquals(at(11, 24, 19, 5), CronSchedule.parse("*/5 * * * *").next(NOW));
    }

    @Test
    void nextIsStrictlyAfterEvenOnAMatchingMinute() {
        assertEquals(at(11, 24, 19, 4), CronSchedule.parse("* * * * *").next(at(11, 24, 19, 3)));
    }

    @Test
    void dailyAtAFixedTimeRollsToTomorrow() {
        assertEquals(at(11, 25, 9, 30), CronSchedule.parse("30 9 * * *").next(NOW));
    }

    @Test
    void weekdaysAndRangesAndLists() {
        // Next Saturday or Sunday at 08:00 after Tuesday the 24th: Saturday the 28th.
        assertEquals(at(11, 28, 8, 0), CronSchedule.parse("0 8 * * 6,0").next(NOW));
        assertEquals(at(11, 29, 8, 0), CronSchedule.parse("0 8 * * 7").next(at(11, 28, 9, 0)));
        assertEquals(at(11, 25, 10, 0), CronSchedule.parse("0 10-12/2 * * 1-5").next(at(11, 24, 12, 0)));
    }

    @Test
    void dayOfMonthOrWeekdayWhenBothAreRestricted() {
        // The 1st of the month or any Friday: Friday the 27th comes first.
        assertEquals(at(11, 27, 0, 0), CronSchedule.parse("0 0 1 * 5").next(NOW));
    }

    @Test
    void monthsRollOverTheYear() {
        assertEquals(ZonedDateTime.of(2027, 2, 1, 0, 0, 0, 0, UTC), CronSchedule.parse("0 0 1 2 *").next(NOW));
    }

    @Test
    void badPatternsNameTheField() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CronSchedule.parse("61 * * * *"))
                .getMessage().contains("minute 61"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CronSchedule.parse("* * *"))
                .getMessage().contains("5 fields"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CronSchedule.parse("* x * * *"))
                .getMessage().contains("hour"));
    }
}
