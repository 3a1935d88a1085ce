package dev.simplexscript.reliability;

import dev.simplexscript.client.ChatClient;
import dev.simplexscript.client.ConnectionLostException;
import dev.simplexscript.client.CoreInfo;
import dev.simplexscript.protocol.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The smallest useful bot: answers every text a contact sends with {@code "re: <text>"}, once,
 * and never resends a reply whose command failed (the core may have run it: PROTOCOL.md §2.9).
 * It keeps account of what it received and how each reply ended, and can hold its replies back
 * (a backlog, as a slow script has) to send them later, during an outage. Semaphores let a test
 * wait for its connection changes and replies without sleeping.
 */
final class ReplyingBot implements ChatClient.Listener {
    final Semaphore connected = new Semaphore(0);
    final Semaphore disconnected = new Semaphore(0);
    final Semaphore replied = new Semaphore(0);
    final Semaphore heldBack = new Semaphore(0);
    /** Every event the listener got, of any type. */
    final AtomicLong events = new AtomicLong();
    /** Each text received, with the number of the event that brought it (counting events of every type). */
    final Map<String, Long> received = new ConcurrentHashMap<>();
    /** Replies whose command failed because the connection dropped while it was on the wire. */
    final Set<String> inDoubt = ConcurrentHashMap.newKeySet();
    /** Replies that failed in any other way ("core unavailable", a timeout, ...), with why. */
    final Map<String, String> failed = new ConcurrentHashMap<>();
    private final List<Runnable> held = new ArrayList<>();
    private boolean holding;
    private int inFlight;
    private volatile ChatClient client;

    void attach(ChatClient value) {
        client = value;
    }

    @Override
    public void onEvent(JsonNode resp) {
        long event = events.incrementAndGet();
        for (MessageStream.Received message : MessageStream.received(resp)) {
            received.put(message.text(), event);
            Runnable reply = () -> reply(message.contactId(), message.text());
            synchronized (this) {
                if (holding) {
                    held.add(reply);
                    heldBack.release();
                    continue;
                }
            }
            reply.run();
        }
    }

    /** From now on replies wait, as a busy script's backlog does. */
    synchronized void hold() {
        holding = true;
    }

    /** Sends the replies held back, in order; returns how many. */
    int release() {
        List<Runnable> backlog;
        synchronized (this) {
            holding = false;
            backlog = List.copyOf(held);
            held.clear();
        }
        backlog.forEach(Runnable::run);
        return backlog.size();
    }

    /** Waits until no reply waits for its answer (with replies held, none is then on the wire). */
    synchronized void awaitRepliesAnswered(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (long left; inFlight > 0; ) {
            if ((left = deadline - System.nanoTime()) <= 0) throw new AssertionError(inFlight + " replies unanswered after " + timeout);
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    private void reply(long contactId, String text) {
        ObjectNode message = Json.object();
        message.putObject("msgContent").put("type", "text").put("text", "re: " + text);
        message.putObject("mentions");
        synchronized (this) {
            inFlight++;
        }
        client.send("/_send @" + contactId + " json [" + Json.write(message) + "]").whenComplete((answer, failure) -> {
            Throwable cause = failure instanceof CompletionException wrapped ? wrapped.getCause() : failure;
            if (cause == null) replied.release();
            else if (cause instanceof ConnectionLostException) inDoubt.add(text);
            else failed.put(text, cause.toString());
            synchronized (this) {
                inFlight--;
                notifyAll();
            }
        });
    }

    @Override
    public void onConnected(CoreInfo info) {
        connected.release();
    }

    @Override
    public void onDisconnected(String reason) {
        disconnected.release();
    }
}
