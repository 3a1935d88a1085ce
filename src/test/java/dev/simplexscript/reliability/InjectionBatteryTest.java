package dev.simplexscript.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.simplexscript.client.ChatClient;
import dev.simplexscript.client.ClientOptions;
import dev.simplexscript.protocol.ChatException;
import dev.simplexscript.protocol.Json;
import dev.simplexscript.protocol.command.Commands;
import dev.simplexscript.protocol.syntax.CommandException;
import dev.simplexscript.sim.SimOptions;
import dev.simplexscript.sim.SimulatedCore;
import dev.simplexscript.sim.server.SimServer;
import dev.simplexscript.testutil.FakeCore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Battery 5: script-supplied text in any command parameter is either refused before sending or
 * arrives as exactly that text in exactly that command. Checked against the grammar the core
 * parses with, over a real WebSocket, where each command must be one frame that decodes to the
 * same command line, and against the simulator, which must run it as the intended command.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class InjectionBatteryTest {
    private static final System.Logger LOG = System.getLogger(InjectionBatteryTest.class.getName());
    private static final int RANDOM_PER_TARGET = BatterySize.pick(2_000, 50_000);
    private static final int WIRE_RANDOM_PER_TARGET = BatterySize.pick(50, 2_000);
    private static final int SIM_RANDOM_PER_TARGET = BatterySize.pick(20, 500);

    @Test
    void hostileTextIsRefusedOrParsesBackAsTheSameCommandAndValue() {
        SplittableRandom random = new SplittableRandom(8);
        List<String> problems = new ArrayList<>();
        long refused = 0;
        long passed = 0;
        for (InjectionTarget target : InjectionTarget.ALL) {
            for (String text : texts(random, RANDOM_PER_TARGET)) {
                String encoded;
                try {
                    encoded = Commands.encode(target.command(), target.with(text));
                } catch (CommandException e) {
                    refused++;
                    continue;
                }
                passed++;
                String problem = sameCommand(target, text, encoded);
                if (problem != null && problems.size() < 20) problems.add(problem);
            }
        }
        LOG.log(System.Logger.Level.INFO, String.format("injection (%s): %d targets, %,d texts refused, %,d sent and parsed back intact",
                BatterySize.name(), InjectionTarget.ALL.size(), refused, passed));
        if (!problems.isEmpty()) fail(String.join("\n", problems));
        assertTrue(refused > 0 && passed > 0, "both outcomes were exercised");
    }

    @Test
    void hostileTextCrossesTheWebSocketAsOneFrameHoldingTheSameCommand() throws Exception {
        FakeCore core = FakeCore.start(0);
        ChatClient client = ChatClient.start(ClientOptions.builder().uri(core.uri()).pingInterval(Duration.ZERO)
                .commandTimeout(Duration.ofSeconds(10)).build(), resp -> {});
        try {
            client.awaitConnected(Duration.ofSeconds(10));
            long framesBefore = core.requestsReceived.get();
            SplittableRandom random = new SplittableRandom(9);
            List<String> problems = new ArrayList<>();
            long sent = 0;
            for (InjectionTarget target : InjectionTarget.ALL) {
                for (String text : texts(random, WIRE_RANDOM_PER_TARGET)) {
                    String encoded;
                    try {
                        encoded = Commands.encode(target.command(), target.with(text));
                    } catch (CommandException refused) {
                        continue;
                    }
                    sent++;
                    String received = client.send(encoded).get(10, TimeUnit.SECONDS).path("echo").asString("");
                    String problem = received.equals(encoded) ? sameCommand(target, text, received)
                            : target + ": the core read " + Json.write(received) + " for " + Json.write(encoded);
                    if (problem != null && problems.size() < 20) problems.add(problem);
                }
            }
            if (!problems.isEmpty()) fail(String.join("\n", problems));
            assertEquals(sent, core.requestsReceived.get() - framesBefore, "one frame per command, no more");
        } finally {
            client.close();
            core.shutdown();
        }
    }

    @Test
    void hostileTextReachesTheSimulatorAsTheIntendedCommand(@TempDir Path files) throws Exception {
        SimulatedCore core = SimulatedCore.start(SimOptions.defaults(files).withAddress(true));
        core.send("/_address_settings 1 {\"businessAddress\":false,\"autoAccept\":{\"acceptIncognito\":false}}");
        core.person("alice").connectViaAddress();
        core.send("/_group 1 {\"displayName\":\"Team\",\"fullName\":\"\"}");
        SimServer server = SimServer.start(core, "127.0.0.1", 0);
        ChatClient client = ChatClient.start(ClientOptions.builder().uri("ws://127.0.0.1:" + server.port())
                .pingInterval(Duration.ZERO).commandTimeout(Duration.ofSeconds(10)).build(), resp -> {});
        try (QuietLogs quiet = QuietLogs.below(Level.SEVERE, "dev.simplexscript.sim", "dev.simplexscript.client")) {
            client.awaitConnected(Duration.ofSeconds(10));
            SplittableRandom random = new SplittableRandom(10);
            List<String> problems = new ArrayList<>();
            long ran = 0;
            long refusedByTheCore = 0;
            for (InjectionTarget target : InjectionTarget.ALL) {
                for (String text : texts(random, SIM_RANDOM_PER_TARGET)) {
                    String encoded;
                    try {
                        encoded = Commands.encode(target.command(), target.with(text));
                    } catch (CommandException refused) {
                        continue;
                    }
                    String problem;
                    try {
                        String type = client.send(encoded).get(10, TimeUnit.SECONDS).path("type").asString("");
                        ran++;
                        problem = target.responses().contains(type) ? null : "answered " + type;
                    } catch (TimeoutException e) {
                        fail(target + ": the simulator did not answer " + Json.write(encoded) + " within 10 s");
                        return;
                    } catch (ExecutionException e) {
                        if (!(e.getCause() instanceof ChatException error)) throw e;
                        refusedByTheCore++;
                        // A domain error means the command parsed and ran; only a parse error could hide another command.
                        boolean parseError = error.errorType().contains("commandError");
                        boolean badEmoji = target.command().equals("APIChatItemReaction") && error.getMessage().contains("emoji");
                        problem = parseError && !badEmoji ? "not parsed by the simulator: " + error.getMessage() : null;
                    }
                    if (problem != null && problems.size() < 20) problems.add(target + " " + Json.write(text) + ": " + problem);
                }
            }
            LOG.log(System.Logger.Level.INFO, String.format("injection via simulator (%s): %,d ran as intended, %,d refused by it "
                    + "with a domain error", BatterySize.name(), ran, refusedByTheCore));
            if (!problems.isEmpty()) fail(String.join("\n", problems));
        } finally {
            client.close();
            server.close();
            core.close();
        }
    }

    private static List<String> texts(SplittableRandom random, int randomCount) {
        List<String> texts = new ArrayList<>(InjectionTarget.HOSTILE);
        for (int i = 0; i < randomCount; i++) texts.add(InjectionTarget.randomText(random));
        return texts;
    }

    /** Null when {@code line} is the target's command carrying exactly {@code text}; else what went wrong. */
    private static String sameCommand(InjectionTarget target, String text, String line) {
        Commands.Parsed parsed;
        try {
            parsed = Commands.parse(line);
        } catch (CommandException e) {
            return target + ": " + Json.write(text) + " encoded to " + Json.write(line) + ", which does not parse: " + e.getMessage();
        }
        if (!parsed.name().equals(target.command())) {
            return target + ": " + Json.write(text) + " turned the command into " + parsed.name() + ": " + Json.write(line);
        }
        JsonNode value = valueAt(parsed.params(), target.pointer());
        if (value == null || !value.isString() || !value.stringValue().equals(text)) {
            return target + ": " + Json.write(text) + " came back as " + value + " from " + Json.write(line);
        }
        return null;
    }

    private static JsonNode valueAt(ObjectNode params, String pointer) {
        JsonNode value = params.at(JsonPointer.compile(pointer));
        return value.isMissingNode() ? null : value;
    }
}
