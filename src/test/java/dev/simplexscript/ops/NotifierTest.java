package dev.simplexscript.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Batching and rate limiting of the operator's notifications, on a clock the test moves. */
class NotifierTest {
    static final NotificationPace PACE = new NotificationPace(Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofMinutes(1));

    /** Time that moves only when told; tasks run when their time comes. */
    static final class Time extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        final List<Instant> at = new ArrayList<>();
        final List<Runnable> tasks = new ArrayList<>();

        void later(Duration delay, Runnable task) {
            at.add(now.plus(delay));
            tasks.add(task);
        }

        void advance(Duration by) {
            Instant target = now.plus(by);
            while (true) {
                int due = -1;
                for (int i = 0; i < at.size(); i++) if (!at.get(i).isAfter(target) && (due < 0 || at.get(i).isBefore(at.get(due)))) due = i;
                if (due < 0) break;
                now = at.remove(due);
                tasks.remove(due).run();
            }
            now = target;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    final Time time = new Time();
    final List<String> sent = new ArrayList<>();
    boolean reachable = true;
    final Notifier notifier = new Notifier(time::later, time, PACE, () -> reachable, sent::add);

    @Test
    void notesWithinTheBatchWindowGoOutAsOneMessageWithRepeatsCounted() {
        notifier.note("echo.js: handler failed: boom");
        time.advance(Duration.ofSeconds(3));
        notifier.note("echo.js: handler failed: boom");
        notifier.note("other.js: cannot load: other.js:2: SyntaxError");
        time.advance(Duration.ofSeconds(6));
        assertEquals(List.of(), sent, "nothing before the window ends");
        time.advance(Duration.ofSeconds(1));
        assertEquals(List.of("⚠ simplex-script:\n• echo.js: handler failed: boom (×2)\n• other.js: cannot load: other.js:2: SyntaxError"), sent);
    }

    @Test
    void atMostOneMessagePerGap() {
        notifier.note("a");
        time.advance(Duration.ofSeconds(10));
        assertEquals(1, sent.size());
        notifier.note("b");
        time.advance(Duration.ofSeconds(59));
        assertEquals(1, sent.size(), "the second waits a whole gap after the first");
        time.advance(Duration.ofSeconds(1));
        assertEquals(List.of("⚠ simplex-script:\n• a", "⚠ simplex-script:\n• b"), sent);
    }

    @Test
    void notesWaitWhileNobodyCanBeToldAndGoOutOnAKick() {
        reachable = false;
        notifier.note("core away");
        time.advance(Duration.ofMinutes(5));
        assertEquals(List.of(), sent);
        reachable = true;
        notifier.kick();
        time.advance(Duration.ofSeconds(10));
        assertEquals(List.of("⚠ simplex-script:\n• core away"), sent);
    }

    @Test
    void aStormIsCappedToTheFirstLinesAndACount() {
        for (int i = 0; i < Notifier.MAX_HELD + 50; i++) notifier.note("failure " + i);
        time.advance(Duration.ofSeconds(10));
        String message = sent.getFirst();
        assertEquals(Notifier.MAX_LINES + 2, message.lines().count());
        assertTrue(message.endsWith("… and " + (Notifier.MAX_HELD + 50 - Notifier.MAX_LINES) + " more (/admin logs NAME)"), message);
    }

    @Test
    void clearedNotesAreNotSent() {
        notifier.note("old news");
        notifier.clear();
        time.advance(Duration.ofMinutes(1));
        assertEquals(List.of(), sent);
    }
}
