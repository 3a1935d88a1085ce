package dev.simplexscript.client;

/**
 * A snapshot of the client's counters since it started. The bad-input counters say what the
 * core sent that the client dropped (each drop is also logged with an excerpt).
 *
 * @param framesReceived          every frame that reached the client, good or bad
 * @param responses               frames that completed a waiting command
 * @param events                  frames handed to the listener as events
 * @param malformedFrames         text that is not JSON, or truncated JSON
 * @param invalidEnvelopes        JSON that is not {@code {"corrId"?: string, "resp": {…}}}
 * @param binaryFrames            binary WebSocket frames (the core only sends text)
 * @param oversizedFrames         frames longer than {@link ClientOptions#maxFrameChars()}
 * @param unknownCorrIds          responses whose corrId no command waits for (late, or never sent)
 * @param uncorrelatedCmdErrors   {@code chatCmdError} without corrId ("invalid request"), logged
 * @param timeouts                commands failed by their timeout
 * @param connectionsOpened       connections that passed the probe
 * @param connectionsLost         announced connections that ended, by a drop or by close()
 * @param listenerErrors          exceptions thrown by the listener (logged, then ignored)
 */
public record ClientStats(
        long framesReceived,
        long responses,
        long events,
        long malformedFrames,
        long invalidEnvelopes,
        long binaryFrames,
        long oversizedFrames,
        long unknownCorrIds,
        long uncorrelatedCmdErrors,
        long timeouts,
        long connectionsOpened,
        long connectionsLost,
        long listenerErrors) {

    /** All frames dropped as bad input. */
    public long badFrames() {
        return malformedFrames + invalidEnvelopes + binaryFrames + oversizedFrames + unknownCorrIds;
    }
}
