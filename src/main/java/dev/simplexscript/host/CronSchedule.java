package dev.simplexscript.host;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;

/**
 * A five-field cron pattern: minute, hour, day of month, month, day of week (0 or 7 is Sunday).
 * Each field takes {@code *}, {@code 5}, {@code 1-5}, {@code 1,3}, and steps ({@code *}/15,
 * {@code 0-30/10}). As in classic cron, when both day fields are restricted a day matching
 * either one counts.
 */
final class CronSchedule {
    private static final int SEARCH_YEARS = 5;

    private final BitSet minutes;
    private final BitSet hours;
    private final BitSet days;
    private final BitSet months;
    private final BitSet weekdays;
    private final boolean dayRestricted;
    private final boolean weekdayRestricted;

    private CronSchedule(String[] f) {
        minutes = field(f[0], 0, 59, "minute");
        hours = field(f[1], 0, 23, "hour");
        days = field(f[2], 1, 31, "day of month");
        months = field(f[3], 1, 12, "month");
        weekdays = field(f[4], 0, 7, "day of week");
        if (weekdays.get(7)) weekdays.set(0);
        dayRestricted = !f[2].equals("*");
        weekdayRestricted = !f[4].equals("*");
    }

    /** Parses a pattern; throws {@link IllegalArgumentException} naming the bad field. */
    static CronSchedule parse(String pattern) {
        String[] fields = pattern.strip().split("\\s+");
        if (fields.length != 5) {
            throw new IllegalArgumentException("schedule(\"" + pattern + "\"): expected 5 fields (minute hour day month weekday)");
        }
        return new CronSchedule(fields);
    }

    /** The first matching minute strictly after {@code after}. */
    ZonedDateTime next(ZonedDateTime after) {
        ZonedDateTime t = after.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        ZonedDateTime limit = after.plusYears(SEARCH_YEARS);
        while (t.isBefore(limit)) {
            if (!months.get(t.getMonthValue())) {
                t = t.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS).plusMonths(1);
            } else if (!dayMatches(t)) {
                t = t.truncatedTo(ChronoUnit.DAYS).plusDays(1);
            } else if (!hours.get(t.getHour())) {
                t = t.truncatedTo(ChronoUnit.HOURS).plusHours(1);
            } else if (!minutes.get(t.getMinute())) {
                t = t.plusMinutes(1);
            } else {
                return t;
            }
        }
        throw new IllegalStateException("cron pattern never matches within " + SEARCH_YEARS + " years");
    }

    private boolean dayMatches(ZonedDateTime t) {
        boolean day = days.get(t.getDayOfMonth());
        boolean weekday = weekdays.get(t.getDayOfWeek().getValue() % 7);
        if (dayRestricted && weekdayRestricted) return day || weekday;
        return day && weekday;
    }

    private static BitSet field(String text, int min, int max, String name) {
        BitSet bits = new BitSet(max + 1);
        for (String part : text.split(",")) {
            String range = part;
            int step = 1;
            int slash = part.indexOf('/');
            if (slash >= 0) {
                range = part.substring(0, slash);
                step = number(part.substring(slash + 1), 1, max, name);
            }
            int from;
            int to;
            if (range.equals("*")) {
                from = min;
                to = max;
            } else if (range.contains("-")) {
                String[] ends = range.split("-", 2);
                from = number(ends[0], min, max, name);
                to = number(ends[1], min, max, name);
                if (from > to) throw new IllegalArgumentException("cron " + name + " range " + range + " runs backwards");
            } else {
                from = number(range, min, max, name);
                to = slash >= 0 ? max : from;
            }
            for (int v = from; v <= to; v += step) bits.set(v);
        }
        return bits;
    }

    private static int number(String text, int min, int max, String name) {
        try {
            int v = Integer.parseInt(text);
            if (v < min || v > max) throw new IllegalArgumentException("cron " + name + " " + v + " is outside " + min + "-" + max);
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cron " + name + " field has '" + text + "', not a number");
        }
    }
}
