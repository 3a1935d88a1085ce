package dev.simplexscript.client;

import java.util.concurrent.atomic.LongAdder;

/** The live counters behind {@link ClientStats}; adders because the reader and senders race. */
final class Counters {
    final LongAdder framesReceived = new LongAdder();
    final LongAdder responses = new LongAdder();
    final LongAdder events = new LongAdder();
    final LongAdder malformedFrames = new LongAdder();
    final LongAdder invalidEnvelopes = new LongAdder();
    final LongAdder binaryFrames = new LongAdder();
    final LongAdder oversizedFrames = new LongAdder();
    final LongAdder unknownCorrIds = new LongAdder();
    final LongAdder uncorrelatedCmdErrors = new LongAdder();
    final LongAdder timeouts = new LongAdder();
    final LongAdder connectionsOpened = new LongAdder();
    final LongAdder connectionsLost = new LongAdder();
    final LongAdder listenerErrors = new LongAdder();

    ClientStats snapshot() {
        return new ClientStats(
                framesReceived.sum(), responses.sum(), events.sum(), malformedFrames.sum(),
                invalidEnvelopes.sum(), binaryFrames.sum(), oversizedFrames.sum(),
                unknownCorrIds.sum(), uncorrelatedCmdErrors.sum(), timeouts.sum(),
                connectionsOpened.sum(), connectionsLost.sum(), listenerErrors.sum());
    }
}
