package dev.simplexscript.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.sim.people.VirtualPerson;
import dev.simplexscript.sim.server.SimServer;
import dev.simplexscript.sim.world.Seen;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client that is not ours, the npm {@code simplex-chat} 0.2.1 client, runs a bot's common calls
 * against the simulated core served over WebSocket (as {@code simplex-script sim --port 0} does):
 * active user, address, auto-accept, events, send, contacts, chats, read, contact info, groups.
 * Skipped, saying why, where Node or its packages cannot be had.
 */
class SimNodeClientTest {
    private static final Path NODE_DIR = Path.of("target", "node-sim-client");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path files;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void theNpmClientDoesItsCommonCallsAgainstTheSimulator() throws Exception {
        installClient();
        try (SimulatedCore core = SimulatedCore.start(SimOptions.defaults(files));
             SimServer server = SimServer.start(core, "127.0.0.1", 0)) {
            Process node = new ProcessBuilder("node", "sim-client.js", "ws://127.0.0.1:" + server.port())
                    .directory(NODE_DIR.toFile()).redirectErrorStream(true).start();
            List<String> lines = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
                awaitLine(out, lines, "READY");
                VirtualPerson alice = core.person("alice");
                alice.connectViaAddress();
                alice.send("hello bot");
                Seen reply = alice.nextMessage(WAIT);
                assertEquals("hi alice", reply.text(), String.join("\n", lines));
                awaitLine(out, lines, "DONE");
                assertTrue(node.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS), "the node client did not exit:\n" + String.join("\n", lines));
                assertEquals(0, node.exitValue(), String.join("\n", lines));
            } finally {
                node.destroyForcibly();
                node.waitFor(10, TimeUnit.SECONDS);
            }
            assertTrue(lines.contains("ok groups"), String.join("\n", lines));
        }
    }

    /** Reads the client's lines until {@code wanted}; its end or a failure line fails the test with all it said. */
    private static void awaitLine(BufferedReader out, List<String> lines, String wanted) throws IOException {
        for (String line; (line = out.readLine()) != null; ) {
            lines.add(line);
            if (line.equals(wanted)) return;
        }
        throw new AssertionError("the node client ended before " + wanted + ":\n" + String.join("\n", lines));
    }

    /** The client and ws from the npm registry, into target/ (once per build). */
    private static void installClient() throws IOException, InterruptedException {
        String version = run(List.of("node", "--version"), Path.of("."), 30);
        Assumptions.assumeTrue(version != null, "no `node` on PATH: the npm client check needs Node 18 or newer");
        Files.createDirectories(NODE_DIR);
        for (String file : List.of("package.json", "package-lock.json", "sim-client.js")) {
            try (InputStream in = SimNodeClientTest.class.getResourceAsStream("/node/" + file)) {
                Files.copy(in, NODE_DIR.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (Files.isDirectory(NODE_DIR.resolve("node_modules/simplex-chat")) && Files.isDirectory(NODE_DIR.resolve("node_modules/ws"))) return;
        String installed = run(List.of("npm", "ci", "--no-audit", "--no-fund"), NODE_DIR, 240);
        Assumptions.assumeTrue(installed != null, "`npm ci` of simplex-chat 0.2.1 and ws failed in " + NODE_DIR
                + " (is the npm registry reachable?); the npm client check did not run");
    }

    /** The command's output, or null when it is missing or failed. */
    private static String run(List<String> command, Path dir, int seconds) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return p.exitValue() == 0 ? new String(out, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
