package dev.simplexscript.client;

import dev.simplexscript.protocol.FrameChannel;
import java.io.IOException;

/**
 * Opens one connection to a chat core. The client calls it again for every reconnect, so an
 * implementation must be able to open any number of channels one after another. An in-process
 * core can be plugged in as a lambda: {@code inbound -> core.connect(inbound)}.
 */
public interface Connector {

    /**
     * Opens a channel and returns once it can carry frames. Frames may reach {@code inbound}
     * before this returns. Throws when the core cannot be reached; the client then backs off.
     */
    FrameChannel open(Inbound inbound) throws IOException;

    /** What this connects to, for log lines and error messages (never with credentials). */
    default String target() {
        return "chat core";
    }

    /**
     * The receiving side of a channel. Transports that carry bytes hand text frames over as their
     * UTF-8 bytes, which the client parses without decoding them first; transports that can deliver
     * frames a chat core should never send (binary WebSocket frames) report them so the client can
     * count them.
     */
    interface Inbound extends FrameChannel.Receiver {
        /** A text frame as UTF-8 bytes; only valid during the call. */
        void onFrame(byte[] utf8, int offset, int length);

        void onBinaryFrame(int length);
    }
}
