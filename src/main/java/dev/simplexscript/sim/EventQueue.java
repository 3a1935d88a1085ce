package dev.simplexscript.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The core's single output queue (§2.7): bounded; a full queue makes the core wait rather than
 * drop events; each event goes to exactly one connected client, taken in turn; with no client
 * connected events wait for the next one.
 */
final class EventQueue {
    private static final System.Logger LOG = System.getLogger(EventQueue.class.getName());

    private final BlockingQueue<String> queue;
    private final List<SimConnection> clients = new ArrayList<>();
    private final Thread pump;
    private int next;
    private volatile boolean running = true;

    EventQueue(int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.pump = Thread.ofPlatform().name("sim-events").daemon().start(this::pump);
    }

    /** Blocks while the queue is full, as the real core's producer does. */
    void put(String frame) throws InterruptedException {
        queue.put(frame);
    }

    synchronized void add(SimConnection client) {
        clients.add(client);
        notifyAll();
    }

    synchronized void remove(SimConnection client) {
        clients.remove(client);
    }

    private synchronized SimConnection nextClient() throws InterruptedException {
        while (clients.isEmpty() && running) wait();
        if (!running) return null;
        next = (next + 1) % clients.size();
        return clients.get(next);
    }

    private void pump() {
        try {
            while (running) {
                String frame = queue.poll(200, TimeUnit.MILLISECONDS);
                if (frame == null) continue;
                SimConnection client = nextClient();
                if (client == null) return;
                if (client.deliver(frame)) {
                    client.awaitDrained();
                } else {
                    LOG.log(System.Logger.Level.WARNING, "event lost with a closing client");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void close() {
        running = false;
        synchronized (this) {
            notifyAll();
        }
        pump.interrupt();
    }
}
