package dev.simplexscript.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.protocol.ChatException;
import dev.simplexscript.protocol.Json;
import dev.simplexscript.testutil.FakeCore;
import dev.simplexscript.testutil.Spec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class CorrelationTest {

    @Test
    void tenThousandConcurrentCommandsEachGetTheirOwnAnswerEvenWhenAnsweredOutOfOrder() throws Exception {
        try (Harness h = Harness.connected()) {
            // Answer in reverse order per batch of 100, so matching by position would fail.
            List<String[]> batch = new ArrayList<>();
            h.core.handler((core, conn, corrId, cmd) -> {
                synchronized (batch) {
                    batch.add(new String[] {corrId, cmd});
                    if (batch.size() < 100) return;
                    for (int i = batch.size() - 1; i >= 0; i--) {
                        conn.send(FakeCore.response(batch.get(i)[0], FakeCore.echo(batch.get(i)[1])));
                    }
                    batch.clear();
                }
            });
            int senders = 4;
            int perSender = 2_500;
            List<List<CompletableFuture<JsonNode>>> answers = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            for (int s = 0; s < senders; s++) {
                List<CompletableFuture<JsonNode>> mine = new ArrayList<>(perSender);
                answers.add(mine);
                int sender = s;
                threads.add(Thread.ofPlatform().start(() -> {
                    for (int i = 0; i < perSender; i++) mine.add(h.client.send("/echo " + sender + " " + i));
                }));
            }
            for (Thread t : threads) t.join();
            for (int s = 0; s < senders; s++) {
                for (int i = 0; i < perSender; i++) {
                    JsonNode resp = answers.get(s).get(i).get(10, TimeUnit.SECONDS);
                    assertEquals("/echo " + s + " " + i, resp.get("echo").stringValue());
                }
            }
            ClientStats stats = h.client.stats();
            assertEquals(senders * perSender + 2, stats.responses(), "10,000 commands + the 2 probe commands");
            assertEquals(0, stats.badFrames());
        }
    }

    @Test
    void requestFramesCarryStringCorrIdAndTheExactCommand() throws Exception {
        try (Harness h = Harness.connected()) {
            h.core.requests.clear();
            String command = "/_send @2 json [{\"msgContent\":{\"type\":\"text\",\"text\":\"hi \\\"there\\\"\"}}]";
            h.client.send(command).get(10, TimeUnit.SECONDS);
            JsonNode frame = Json.parse(h.core.requests.poll(10, TimeUnit.SECONDS));
            assertTrue(frame.get("corrId").isString(), "corrId must be a JSON string (PROTOCOL.md §2.3)");
            assertEquals(command, frame.get("cmd").stringValue());
        }
    }

    @Test
    void chatCmdErrorFailsOnlyThatCommandWithChatException() throws Exception {
        try (Harness h = Harness.connected()) {
            JsonNode refusal = Spec.resp("real-v6.5.4.1-chatCmdError-errorStore-groupAlreadyJoined.json");
            h.core.handler((core, conn, corrId, cmd) ->
                    conn.send(FakeCore.response(corrId, cmd.equals("/_join #1") ? refusal : FakeCore.echo(cmd))));
            CompletableFuture<JsonNode> failing = h.client.send("/_join #1");
            CompletableFuture<JsonNode> fine = h.client.send("/_contacts 1");
            ExecutionException e = assertThrows(ExecutionException.class, () -> failing.get(10, TimeUnit.SECONDS));
            ChatException chat = assertInstanceOf(ChatException.class, e.getCause());
            assertEquals("errorStore/groupAlreadyJoined", chat.errorType());
            assertEquals("/_contacts 1", fine.get(10, TimeUnit.SECONDS).get("echo").stringValue());
        }
    }

    @Test
    void rightAndLeftWrappersAroundRespAreRemoved() throws Exception {
        try (Harness h = Harness.connected()) {
            JsonNode refusal = Spec.resp("real-v6.5.4.1-chatCmdError-commandError.json");
            h.core.handler((core, conn, corrId, cmd) -> {
                ObjectNode wrapped = Json.object();
                wrapped.set(cmd.equals("/bad") ? "Left" : "Right", cmd.equals("/bad") ? refusal : FakeCore.echo(cmd));
                conn.send(FakeCore.response(corrId, wrapped));
            });
            assertEquals("/good", h.client.send("/good").get(10, TimeUnit.SECONDS).get("echo").stringValue());
            ExecutionException e = assertThrows(ExecutionException.class, () -> h.client.send("/bad").get(10, TimeUnit.SECONDS));
            assertEquals("error/commandError", assertInstanceOf(ChatException.class, e.getCause()).errorType());
        }
    }

    @Test
    void probeReportsVersionAndActiveUserFromTheCore() throws Exception {
        FakeCore core = FakeCore.start(0);
        core.versionAnswer = FakeCore.versionInfo("6.5.4.1");
        try (Harness h = Harness.notStarted(core, Harness.options(core.uri()).build())) {
            CoreInfo info = h.listener.nextConnection();
            assertEquals("6.5.4.1", info.version());
            assertEquals("alice", info.activeUser().get("localDisplayName").stringValue());
        }
    }

    @Test
    void coreWithoutUserAndRefusingVersionProbeStillConnects() throws Exception {
        FakeCore core = FakeCore.start(0);
        core.userAnswer = Spec.resp("real-mobiletests-chatCmdError-noActiveUser.json");
        core.versionAnswer = Spec.resp("real-v6.5.4.1-chatCmdError-commandError.json");
        try (Harness h = Harness.notStarted(core, Harness.options(core.uri()).build())) {
            CoreInfo info = h.listener.nextConnection();
            assertEquals("unknown", info.version());
            assertFalse(info.hasActiveUser());
            assertNull(info.activeUser());
            assertEquals("/x", h.client.send("/x").get(10, TimeUnit.SECONDS).get("echo").stringValue());
        }
    }

    @Test
    void credentialsInTheUrlAreSentAsBasicAuthorization() throws Exception {
        FakeCore core = FakeCore.start(0);
        String uri = "ws://bot:s3cr%40t@127.0.0.1:" + core.getPort();
        try (Harness h = Harness.notStarted(core, Harness.options(uri).build())) {
            h.listener.nextConnection();
            String expected = "Basic " + Base64.getEncoder().encodeToString("bot:s3cr@t".getBytes());
            assertEquals(expected, core.authorizationHeaders.poll(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void noAuthorizationHeaderWithoutCredentials() throws Exception {
        try (Harness h = Harness.connected()) {
            assertEquals("", h.core.authorizationHeaders.poll(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void awaitConnectedReturnsOnceConnected() throws Exception {
        try (Harness h = Harness.connected()) {
            h.awaitConnected();
            assertTrue(h.client.isConnected());
        }
    }
}
