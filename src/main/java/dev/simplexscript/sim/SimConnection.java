package dev.simplexscript.sim;

import dev.simplexscript.protocol.FrameChannel;

/**
 * One client of the simulated core. Frames to it are delivered under its lock, so its receiver
 * sees one frame at a time, in order, as {@link FrameChannel.Receiver} requires.
 */
final class SimConnection implements FrameChannel {
    private static final System.Logger LOG = System.getLogger(SimConnection.class.getName());

    private final SimulatedCore core;
    private final FrameChannel.Receiver receiver;
    private boolean open = true;

    SimConnection(SimulatedCore core, FrameChannel.Receiver receiver) {
        this.core = core;
        this.receiver = receiver;
    }

    @Override
    public void send(String frame) {
        synchronized (this) {
            if (!open) throw new IllegalStateException("channel to the simulated core is closed");
        }
        core.accept(this, frame);
    }

    /** Hands a frame to the client; false if it is closed. */
    synchronized boolean deliver(String frame) {
        if (!open) return false;
        try {
            receiver.onFrame(frame);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "client receiver failed on a frame", e);
        }
        return true;
    }

    @Override
    public void close() {
        closeWith("closed by client");
    }

    void closeWith(String reason) {
        synchronized (this) {
            if (!open) return;
            open = false;
        }
        core.detach(this);
        receiver.onClosed(reason);
    }
}
