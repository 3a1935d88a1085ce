package dev.simplexscript.protocol;

/**
 * A text-frame pipe to a chat core, whatever carries it: a WebSocket to a real
 * {@code simplex-chat -p 5225}, or the simulated core in the same process. Frames are whole JSON
 * texts ({@code {"corrId","cmd"}} one way, {@code {"corrId"?,"resp"}} the other, PROTOCOL.md §2).
 */
public interface FrameChannel extends AutoCloseable {

    /** Sends one frame; never blocks for long (the far side queues). */
    void send(String frame);

    /** Closes the channel; the receiver's {@link Receiver#onClosed} runs once. */
    @Override
    void close();

    /** The side that gets frames from the core. Called from one thread at a time, in order. */
    interface Receiver {
        void onFrame(String frame);

        /** The channel is gone (closed by either side or broken); {@code reason} says why. */
        void onClosed(String reason);
    }
}
