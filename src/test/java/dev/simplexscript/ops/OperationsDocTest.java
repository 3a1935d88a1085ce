package dev.simplexscript.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.run.BotRunner;
import dev.simplexscript.sim.SimulatedCore;
import dev.simplexscript.sim.server.SimServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The systemd unit in docs/operations.md works: its {@code ExecStart} line, with the core, folders
 * and port pointed at a simulated core and temporary folders, starts a bot whose {@code /healthz}
 * answers 200 and whose every log line is JSON.
 */
class OperationsDocTest {
    private static final Path PROJECT = Path.of(System.getProperty("simplex.project.dir", "."));
    private static final Pattern METRICS = Pattern.compile("health and metrics on http://127\\.0\\.0\\.1:(\\d+)/healthz");

    @TempDir
    Path dir;

    /** The command of the one non-empty {@code ExecStart=} line of a file (a drop-in first clears the unit's with an empty one). */
    static List<String> execStart(Path file) throws Exception {
        List<String> lines = Files.readString(file).lines()
                .filter(l -> l.startsWith("ExecStart=") && l.length() > "ExecStart=".length()).toList();
        assertEquals(1, lines.size(), "one ExecStart line in " + file);
        return Arrays.asList(lines.getFirst().substring("ExecStart=".length()).split(" "));
    }

    @Test
    void theUnitsExecStartLineRunsABot() throws Exception {
        List<String> doc = execStart(PROJECT.resolve("docs/operations.md"));
        List<String> packaged = execStart(PROJECT.resolve("scripts/packaging/simplex-script.service"));
        assertTrue(doc.containsAll(packaged), "the documented line keeps the packaged unit's arguments " + packaged + ": " + doc);
        assertEquals(packaged.getFirst(), doc.getFirst());
        assertEquals(packaged.getLast(), doc.getLast(), "the same bots folder");
        Path data = Files.createDirectories(dir.resolve("data"));
        Path bots = Files.createDirectories(dir.resolve("bots"));
        Files.writeString(bots.resolve("echo.js"), OperatorChatTest.ECHO);
        try (SimulatedCore sim = BotRunner.startSimulator(Files.createDirectories(dir.resolve("sim")));
             SimServer server = SimServer.start(sim, "127.0.0.1", 0);
             HttpClient http = HttpClient.newHttpClient()) {
            List<String> command = new ArrayList<>(java());
            for (String arg : doc.subList(1, doc.size())) {
                command.add(arg.replace("${SIMPLEX_SCRIPT_CORE}", "ws://127.0.0.1:" + server.port())
                        .replace("/var/lib/simplex-script", data.toString())
                        .replace("/etc/simplex-script/bots", bots.toString())
                        .replace("127.0.0.1:9464", "127.0.0.1:0"));
            }
            Process bot = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            List<String> all = new java.util.concurrent.CopyOnWriteArrayList<>();
            Thread reader = Thread.ofPlatform().daemon().start(() -> {
                try (BufferedReader err = new BufferedReader(new InputStreamReader(bot.getErrorStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = err.readLine()) != null; ) {
                        all.add(line);
                        lines.add(line);
                    }
                } catch (java.io.IOException ended) {
                    // The process is gone.
                }
            });
            try {
                int port = awaitPort(lines);
                URI health = URI.create("http://127.0.0.1:" + port + "/healthz");
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                HttpResponse<String> answer;
                do {
                    answer = http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() == 200) break;
                    Thread.sleep(50);
                } while (System.nanoTime() < deadline);
                assertEquals(200, answer.statusCode(), answer.body());
            } finally {
                bot.destroy();
                assertTrue(bot.waitFor(30, TimeUnit.SECONDS), "the bot stops on SIGTERM");
                reader.join(5_000);
            }
            assertTrue(all.stream().anyMatch(l -> l.contains("/admin claim")), "the claim code is printed: " + all);
            for (String line : all) {
                JsonNode json = Json.parse(line);
                assertTrue(json.has("time") && json.has("level") && json.has("message"), line);
            }
        }
    }

    /** Reads log lines until the one naming the metrics port. */
    private static int awaitPort(BlockingQueue<String> lines) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        List<String> seen = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line == null) continue;
            seen.add(line);
            Matcher m = METRICS.matcher(line);
            if (m.find()) return Integer.parseInt(m.group(1));
        }
        throw new AssertionError("the bot never said where /healthz is; it printed: " + seen);
    }

    /** This JVM's java with our class path, in place of the installed launcher. */
    private static List<String> java() {
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<String> jvm = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-Dpolyglot.engine.WarnInterpreterOnly=false"));
        String cache = System.getProperty("polyglot.engine.userResourceCache");
        if (cache != null) jvm.add("-Dpolyglot.engine.userResourceCache=" + cache);
        jvm.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.simplexscript.Main"));
        return jvm;
    }
}
