package dev.simplexscript.bench;

import java.util.Arrays;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Per-event bookkeeping of one phase: when each event was sent, when its first answer came, how
 * many answers each got. The flooding thread writes send times, the socket's reader thread writes
 * answers, hence the atomic arrays.
 */
final class PhaseTracker {
    private final long firstSeq;
    private final int planned;
    private final AtomicLongArray sentAt;
    private final AtomicLongArray answeredAt;
    private final AtomicInteger doubled = new AtomicInteger();
    private final AtomicInteger answered = new AtomicInteger();
    /** Free slots of the window of unanswered events, like the core's bounded event queue. */
    private final Semaphore window;
    private volatile long lastAnswerAt;

    PhaseTracker(long firstSeq, int planned, int window) {
        this.firstSeq = firstSeq;
        this.planned = planned;
        this.sentAt = new AtomicLongArray(planned);
        this.answeredAt = new AtomicLongArray(planned);
        this.window = new Semaphore(window);
    }

    Semaphore window() {
        return window;
    }

    boolean owns(long seq) {
        return seq >= firstSeq && seq < firstSeq + planned;
    }

    void sent(long seq, long nanos) {
        sentAt.set((int) (seq - firstSeq), nanos);
    }

    /** Records an answer; the first answer to an event frees its window slot. */
    void answered(long seq, long nanos) {
        int i = (int) (seq - firstSeq);
        if (sentAt.get(i) == 0 || !answeredAt.compareAndSet(i, 0, nanos)) {
            doubled.incrementAndGet();
            return;
        }
        lastAnswerAt = nanos;
        answered.incrementAndGet();
        window.release();
    }

    int answeredCount() {
        return answered.get();
    }

    /** The phase's figures; one that ran out of time before sending all it planned counts as planning what it sent. */
    PhaseResult result(String name, int offeredPerSecond, int sent, int rejected, boolean stalled) {
        long[] latencies = new long[planned];
        int n = 0;
        long first = sent > 0 ? sentAt.get(0) : 0;
        for (int i = 0; i < sent; i++) {
            long at = answeredAt.get(i);
            if (at != 0) latencies[n++] = at - sentAt.get(i);
        }
        long[] sorted = Arrays.copyOf(latencies, n);
        Arrays.sort(sorted);
        long elapsed = n == 0 ? 0 : lastAnswerAt - first;
        return new PhaseResult(name, offeredPerSecond, stalled ? planned : sent, sent, sent - n, doubled.get(), rejected,
                stalled, elapsed, sorted);
    }
}
