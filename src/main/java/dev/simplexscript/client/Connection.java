package dev.simplexscript.client;

import dev.simplexscript.protocol.ChatException;
import dev.simplexscript.protocol.Frame;
import dev.simplexscript.protocol.FrameChannel;
import dev.simplexscript.protocol.FrameException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * One connection's life: the commands waiting on it, the frames it brings in, and its end.
 * Events that arrive before the connection is announced are held back so that the listener
 * always hears {@code onConnected} before that connection's first event.
 */
final class Connection implements Connector.Inbound {
    private static final System.Logger LOG = System.getLogger(Connection.class.getName());
    private static final int RECENT_FRAMES = 4;

    private final Wiring wiring;
    private final ConcurrentHashMap<String, PendingCommand> pending = new ConcurrentHashMap<>();
    /** Which command forms this connection's core takes; a reconnect starts over. */
    private final CoreQuirks quirks = new CoreQuirks();
    private final AtomicReferenceArray<String> recentFrames = new AtomicReferenceArray<>(RECENT_FRAMES);
    private final AtomicInteger sentCount = new AtomicInteger();
    private final CountDownLatch ended = new CountDownLatch(1);
    private final List<JsonNode> heldEvents = new ArrayList<>();
    private volatile FrameChannel channel;
    private boolean announced;
    private volatile String endReason;

    Connection(Wiring wiring) {
        this.wiring = wiring;
    }

    int pendingCount() {
        return pending.size();
    }

    void attach(FrameChannel value) {
        channel = value;
    }

    boolean isOpen() {
        return endReason == null;
    }

    /** Sends a command in the form this core takes (see {@link CoreQuirks}). */
    CompletableFuture<JsonNode> command(String command, Duration timeout) {
        return quirks.send(command, form -> send(form, timeout));
    }

    /** Registers the command before writing it, so even an instant answer finds it. */
    CompletableFuture<JsonNode> send(String command, Duration timeout) {
        if (endReason != null) return CompletableFuture.failedFuture(notSent(command, endReason));
        String corrId = wiring.nextCorrId();
        PendingCommand waiting = new PendingCommand(corrId, command);
        pending.put(corrId, waiting);
        if (endReason != null) return abandon(waiting, endReason);
        try {
            waiting.timer(wiring.timer().schedule(() -> expire(waiting, timeout), timeout.toNanos(), TimeUnit.NANOSECONDS));
        } catch (RejectedExecutionException clientClosing) {
            return abandon(waiting, "client closed");
        }
        String frame = new Frame.Request(corrId, command).write();
        try {
            channel.send(frame);
        } catch (RuntimeException e) {
            return abandon(waiting, "sending failed: " + e);
        }
        recentFrames.set(sentCount.getAndIncrement() & (RECENT_FRAMES - 1), frame);
        return waiting;
    }

    @Override
    public void onFrame(String text) {
        wiring.counters().framesReceived.increment();
        if (text.length() > wiring.maxFrameChars()) {
            oversized(text.length(), () -> text);
            return;
        }
        Frame frame;
        try {
            frame = Frame.read(text);
        } catch (FrameException bad) {
            unreadable(bad, () -> text);
            return;
        }
        accept(frame, () -> text);
    }

    @Override
    public void onFrame(byte[] utf8, int offset, int length) {
        wiring.counters().framesReceived.increment();
        Supplier<String> text = () -> new String(utf8, offset, length, StandardCharsets.UTF_8);
        // A frame has at most as many chars as bytes; count them only when the bytes are over.
        if (length > wiring.maxFrameChars()) {
            int chars = utf16Length(utf8, offset, length);
            if (chars > wiring.maxFrameChars()) {
                oversized(chars, text);
                return;
            }
        }
        Frame frame;
        try {
            frame = Frame.read(utf8, offset, length);
        } catch (FrameException bad) {
            unreadable(bad, text);
            return;
        }
        accept(frame, text);
    }

    private void accept(Frame frame, Supplier<String> text) {
        switch (frame) {
            case Frame.Event event -> {
                if (event.isCommandError()) reportUncorrelatedError(text.get());
                deliverEvent(event.resp());
            }
            case Frame.Response response -> {
                PendingCommand waiting = pending.remove(response.corrId());
                if (waiting == null) {
                    wiring.counters().unknownCorrIds.increment();
                    warnBadFrame("answer to corrId " + response.corrId() + ", which no command waits for (timed out, or never sent)", text.get());
                    return;
                }
                wiring.counters().responses.increment();
                if (response.isCommandError()) waiting.fail(new ChatException(response.resp().path("chatError")));
                else waiting.succeed(response.resp());
            }
        }
    }

    private void oversized(int chars, Supplier<String> text) {
        wiring.counters().oversizedFrames.increment();
        warnBadFrame("frame of " + chars + " chars over the limit of " + wiring.maxFrameChars(), text.get());
    }

    private void unreadable(FrameException bad, Supplier<String> text) {
        (bad.notJson() ? wiring.counters().malformedFrames : wiring.counters().invalidEnvelopes).increment();
        warnBadFrame(bad.getMessage(), text.get());
    }

    /** The length in UTF-16 chars of valid UTF-8: one per lead byte, two for 4-byte sequences. */
    private static int utf16Length(byte[] utf8, int offset, int length) {
        int chars = 0;
        for (int i = offset; i < offset + length; i++) {
            int b = utf8[i];
            if ((b & 0xC0) != 0x80) chars++;
            if ((b & 0xF8) == 0xF0) chars++;
        }
        return chars;
    }

    @Override
    public void onBinaryFrame(int length) {
        wiring.counters().framesReceived.increment();
        wiring.counters().binaryFrames.increment();
        LOG.log(System.Logger.Level.WARNING, "dropped a binary frame of {0} bytes from the chat core (it only sends text)", length);
    }

    @Override
    public void onClosed(String reason) {
        end(reason);
    }

    /** Passes the held events on after {@code onConnected}; from now on events go straight through. */
    synchronized void announce(CoreInfo info) {
        if (endReason == null) release(info);
    }

    private void release(CoreInfo info) {
        if (announced) return;
        wiring.events().connected(info);
        heldEvents.forEach(wiring.events()::event);
        heldEvents.clear();
        announced = true;
    }

    /** Ends the connection from our side (client closing, probe failed) and closes the channel. */
    void shutdown(String reason) {
        end(reason);
        FrameChannel open = channel;
        if (open != null) open.close();
    }

    /** Blocks the connection loop until the connection ends. */
    void awaitEnd() throws InterruptedException {
        ended.await();
    }

    String endReason() {
        return endReason;
    }

    /**
     * Fails every waiting command at once (they are never resent: the core cancelled them), then
     * tells the listener. Waiting commands are failed outside the lock because their callers'
     * continuations run right there.
     */
    private void end(String why) {
        String reason = why == null || why.isBlank() ? "no reason given" : why;
        synchronized (this) {
            if (endReason != null) return;
            endReason = reason;
        }
        for (PendingCommand waiting : pending.values()) {
            if (pending.remove(waiting.corrId, waiting)) {
                waiting.fail(new ConnectionLostException(waiting.corrId, waiting.command, reason));
            }
        }
        synchronized (this) {
            // Events that did decode are never dropped, even when the probe did not finish.
            if (!announced && !heldEvents.isEmpty()) release(CoreInfo.unprobed());
            if (announced) {
                wiring.counters().connectionsLost.increment();
                wiring.events().disconnected(reason);
            }
        }
        ended.countDown();
    }

    /**
     * Under the connection lock so that no event can slip in after {@code onDisconnected} when the
     * client ends the connection from another thread; events arriving after that are dropped.
     */
    private synchronized void deliverEvent(JsonNode resp) {
        if (endReason != null) {
            LOG.log(System.Logger.Level.DEBUG, "event after the connection ended ({0}) dropped: {1}", endReason, resp.path("type"));
        } else if (announced) {
            wiring.events().event(resp);
        } else {
            heldEvents.add(resp);
        }
    }

    private void expire(PendingCommand waiting, Duration timeout) {
        if (pending.remove(waiting.corrId, waiting)) {
            wiring.counters().timeouts.increment();
            waiting.fail(new CommandTimeoutException(waiting.corrId, waiting.command, timeout));
        }
    }

    private CompletableFuture<JsonNode> abandon(PendingCommand waiting, String reason) {
        if (pending.remove(waiting.corrId, waiting)) waiting.fail(notSent(waiting.command, reason));
        return waiting;
    }

    private CoreUnavailableException notSent(String command, String reason) {
        return new CoreUnavailableException("not connected to the chat core at " + wiring.target() + " (" + reason
                + "); command not sent: " + Frame.excerpt(command));
    }

    private void warnBadFrame(String problem, String text) {
        LOG.log(System.Logger.Level.WARNING, "dropped a frame from the chat core: {0}: {1}", problem, Frame.excerpt(text));
    }

    /**
     * The core says it could not read one of our frames and cannot say which; the command behind
     * it will time out. The frames sent last are the likely culprits.
     */
    private void reportUncorrelatedError(String text) {
        wiring.counters().uncorrelatedCmdErrors.increment();
        StringBuilder recent = new StringBuilder();
        int sent = sentCount.get();
        for (int i = Math.max(0, sent - RECENT_FRAMES); i < sent; i++) {
            recent.append("\n  ").append(Frame.excerpt(recentFrames.get(i & (RECENT_FRAMES - 1))));
        }
        LOG.log(System.Logger.Level.ERROR, "the chat core rejected a frame it could not read, without corrId: {0}"
                + "\nNo command fails now; the one that caused it will time out. Last frames sent:{1}",
                Frame.excerpt(text), recent.length() == 0 ? " none" : recent);
    }
}
