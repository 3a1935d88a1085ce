package dev.simplexscript.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Tells the operator what went wrong, without flooding their phone: notes are collected for a
 * while after the first one ({@link NotificationPace#batch()}), repeats are counted instead of repeated, and
 * at most one message goes out per {@link NotificationPace#gap()}. While nobody can be told (no operator, or
 * no core to send through) notes wait; the next chance sends them.
 */
final class Notifier {
    static final int MAX_LINES = 20;
    /** Distinct notes held at most; more are only counted, so a storm cannot fill the heap. */
    static final int MAX_HELD = 200;

    private final BiConsumer<Duration, Runnable> later;
    private final Clock clock;
    private final NotificationPace pace;
    private final BooleanSupplier canSend;
    private final Consumer<String> send;
    private final Map<String, Integer> held = new LinkedHashMap<>();
    private int overflow;
    private Instant lastSent = Instant.MIN;
    private boolean flushPlanned;

    /**
     * @param later   runs a task after a delay (the operator thread's scheduler)
     * @param canSend true when there is an operator and a core to reach them through
     * @param send    sends one message to the operator
     */
    Notifier(BiConsumer<Duration, Runnable> later, Clock clock, NotificationPace pace, BooleanSupplier canSend, Consumer<String> send) {
        this.later = later;
        this.clock = clock;
        this.pace = pace;
        this.canSend = canSend;
        this.send = send;
    }

    /** Adds one note, e.g. {@code echo.js: disabled because …}. */
    synchronized void note(String line) {
        if (held.containsKey(line) || held.size() < MAX_HELD) held.merge(line, 1, Integer::sum);
        else overflow++;
        schedule();
    }

    /** Something changed that may let held notes out (an operator claimed, the core is back). */
    synchronized void kick() {
        if (!held.isEmpty() || overflow > 0) schedule();
    }

    /** Forgets held notes (the operator was revoked: the next one should not get old news). */
    synchronized void clear() {
        held.clear();
        overflow = 0;
    }

    private void schedule() {
        if (flushPlanned) return;
        flushPlanned = true;
        Instant now = clock.instant();
        Instant earliest = lastSent.equals(Instant.MIN) ? now : lastSent.plus(pace.gap());
        Instant at = now.plus(pace.batch()).isAfter(earliest) ? now.plus(pace.batch()) : earliest;
        later.accept(Duration.between(now, at), this::flush);
    }

    private void flush() {
        String message;
        synchronized (this) {
            flushPlanned = false;
            if (held.isEmpty() && overflow == 0) return;
            if (!canSend.getAsBoolean()) return;
            message = render();
            held.clear();
            overflow = 0;
            lastSent = clock.instant();
        }
        send.accept(message);
    }

    private String render() {
        StringBuilder out = new StringBuilder("⚠ simplex-script:");
        int shown = 0;
        int hidden = overflow;
        for (Map.Entry<String, Integer> note : held.entrySet()) {
            if (shown == MAX_LINES) {
                hidden += note.getValue();
                continue;
            }
            out.append("\n• ").append(note.getKey());
            if (note.getValue() > 1) out.append(" (×").append(note.getValue()).append(')');
            shown++;
        }
        if (hidden > 0) out.append("\n… and ").append(hidden).append(" more (/admin logs NAME)");
        return out.toString();
    }
}
