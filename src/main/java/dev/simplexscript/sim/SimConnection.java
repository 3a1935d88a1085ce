package dev.simplexscript.sim;

import dev.simplexscript.protocol.FrameChannel;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * One client of the simulated core. Frames to it go through its own queue and writer thread, so
 * its receiver sees one frame at a time, in order, as {@link FrameChannel.Receiver} requires, and
 * a slow or blocking receiver holds back only itself, never the core thread.
 */
final class SimConnection implements FrameChannel {
    private static final System.Logger LOG = System.getLogger(SimConnection.class.getName());
    /** Marks the end of the outbound queue; the writer then reports the close and stops. */
    private static final String END = new String("end");

    private final SimulatedCore core;
    private final FrameChannel.Receiver receiver;
    private final LinkedBlockingQueue<String> outbound = new LinkedBlockingQueue<>();
    private volatile boolean open = true;
    private volatile String closeReason;

    SimConnection(SimulatedCore core, FrameChannel.Receiver receiver) {
        this.core = core;
        this.receiver = receiver;
        Thread.ofVirtual().name("sim-client-writer").start(this::write);
    }

    @Override
    public void send(String frame) {
        if (!open) throw new IllegalStateException("channel to the simulated core is closed");
        core.accept(this, frame);
    }

    /** Queues a frame for the client; false if it is closed. Never blocks. */
    boolean deliver(String frame) {
        if (!open) return false;
        outbound.add(frame);
        return true;
    }

    /**
     * Waits until the client has taken every queued frame (or is gone): the event pump waits here
     * so that a client that does not read holds events back in the core's bounded queue (§2.7).
     */
    synchronized void awaitDrained() throws InterruptedException {
        while (open && !outbound.isEmpty()) wait();
    }

    private void write() {
        try {
            for (String frame; (frame = outbound.take()) != END; ) {
                try {
                    receiver.onFrame(frame);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "client receiver failed on a frame", e);
                }
                synchronized (this) {
                    notifyAll();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        receiver.onClosed(closeReason);
    }

    @Override
    public void close() {
        closeWith("closed by client");
    }

    void closeWith(String reason) {
        synchronized (this) {
            if (!open) return;
            open = false;
            closeReason = reason;
            notifyAll();
        }
        core.detach(this);
        outbound.clear();
        outbound.add(END);
    }
}
