package dev.simplexscript.client;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What every session of one client shares. CorrIds come from one counter for the client's whole
 * life, so a late answer from an old connection can never match a new command.
 */
record Wiring(Counters counters, EventDispatcher events, ScheduledExecutorService timer, AtomicLong corrIds,
        int maxFrameChars, String target) {

    String nextCorrId() {
        return Long.toString(corrIds.incrementAndGet());
    }
}
