package dev.simplexscript.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.testutil.FakeCore;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TimeoutTest {
    /** The corrId-less answer a real core gives to a frame it cannot decode (PROTOCOL.md §2.6). */
    static final String INVALID_REQUEST = "{\"resp\":{\"type\":\"chatCmdError\",\"chatError\":{\"type\":\"error\","
            + "\"errorType\":{\"type\":\"commandError\",\"message\":\"invalid request\"}}}}";

    @Test
    void anUnansweredCommandTimesOutAloneAndItsLateAnswerIsCountedNotCrashing() throws Exception {
        try (Harness h = Harness.connected()) {
            LinkedBlockingQueue<String> held = new LinkedBlockingQueue<>();
            h.core.handler((core, conn, corrId, cmd) -> {
                if (cmd.startsWith("/hold")) held.add(corrId);
                else conn.send(FakeCore.response(corrId, FakeCore.echo(cmd)));
            });
            CompletableFuture<JsonNode> slow = h.client.send("/hold slow", Duration.ofMillis(200));
            CompletableFuture<JsonNode> fast = h.client.send("/fast");
            assertEquals("/fast", fast.get(10, TimeUnit.SECONDS).get("echo").stringValue());
            ExecutionException e = assertThrows(ExecutionException.class, () -> slow.get(10, TimeUnit.SECONDS));
            CommandTimeoutException timeout = assertInstanceOf(CommandTimeoutException.class, e.getCause());
            String corrId = held.poll(10, TimeUnit.SECONDS);
            assertEquals(corrId, timeout.corrId());
            assertEquals("/hold slow", timeout.command());
            assertTrue(timeout.getMessage().contains("corrId=" + corrId) && timeout.getMessage().contains("/hold slow"),
                    timeout.getMessage());

            h.core.push(FakeCore.response(corrId, FakeCore.echo("/hold slow")));
            // Frames arrive in order: once this answer is in, the late one was handled before it.
            assertEquals("/after", h.client.send("/after").get(10, TimeUnit.SECONDS).get("echo").stringValue());
            ClientStats stats = h.client.stats();
            assertEquals(1, stats.timeouts());
            assertEquals(1, stats.unknownCorrIds());
            assertTrue(h.client.isConnected());
        }
    }

    @Test
    void configuredDefaultTimeoutApplies() throws Exception {
        try (Harness h = Harness.connected(b -> b.commandTimeout(Duration.ofMillis(150)))) {
            ExecutionException e = assertThrows(ExecutionException.class, () -> h.client.send("/hold").get(10, TimeUnit.SECONDS));
            assertInstanceOf(CommandTimeoutException.class, e.getCause());
        }
    }

    @Test
    void corrIdLessCommandErrorFailsNothingAndIsCountedAndPassedOn() throws Exception {
        try (Harness h = Harness.connected()) {
            h.core.handler((core, conn, corrId, cmd) -> {
                if (cmd.equals("/unreadable")) conn.send(INVALID_REQUEST);
                else conn.send(FakeCore.response(corrId, FakeCore.echo(cmd)));
            });
            CompletableFuture<JsonNode> culprit = h.client.send("/unreadable", Duration.ofMillis(300));
            CompletableFuture<JsonNode> other = h.client.send("/other");
            assertEquals("/other", other.get(10, TimeUnit.SECONDS).get("echo").stringValue());
            assertEquals("chatCmdError", h.listener.nextEvent().get("type").stringValue());
            assertEquals(1, h.client.stats().uncorrelatedCmdErrors());
            ExecutionException e = assertThrows(ExecutionException.class, () -> culprit.get(10, TimeUnit.SECONDS));
            assertInstanceOf(CommandTimeoutException.class, e.getCause());
        }
    }
}
