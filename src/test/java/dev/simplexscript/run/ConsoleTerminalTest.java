package dev.simplexscript.run;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console as a person meets it: {@code simplex-script examples/support.js} in a real terminal
 * (tmux), typed into, and the screen read back.
 */
class ConsoleTerminalTest {
    private static final Path PROJECT = Path.of(System.getProperty("simplex.project.dir", "."));
    private final String session = "simplex-console-" + ProcessHandle.current().pid();

    @TempDir
    Path data;

    @AfterEach
    void killSession() throws Exception {
        run("tmux", "kill-session", "-t", session);
    }

    @Test
    void supportDeskIsPleasantToUseInATerminal() throws Exception {
        assumeTrue(run("tmux", "-V").startsWith("tmux"), "tmux is not installed");
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow", "-Dpolyglot.engine.WarnInterpreterOnly=false",
                "-Dpolyglot.engine.userResourceCache=" + PROJECT.resolve("target/truffle-cache"),
                "-cp", System.getProperty("java.class.path"), "dev.simplexscript.Main",
                "--sim", "--data", data.toString(), PROJECT.resolve("examples/support.js").toString()));
        run(concat(List.of("tmux", "new-session", "-d", "-s", session, "-x", "120", "-y", "40"), command));
        // Keep the pane after the process exits, so its last lines can be read.
        run("tmux", "set-option", "-t", session, "remain-on-exit", "on");
        awaitScreen("alice>");
        assertTrue(screen().contains("/help for console commands"), screen());

        type("/help");
        awaitScreen("/as <name>");

        type("Where is my order?");
        awaitScreen("Welcome to support!");
        awaitScreen("your question is ticket 1");

        type("//help");
        awaitScreen("Write your question and an operator will answer here.");

        type("/quit");
        awaitScreen("[support.js] stopped");
    }

    private void type(String line) throws Exception {
        run("tmux", "send-keys", "-t", session, "-l", line);
        run("tmux", "send-keys", "-t", session, "Enter");
    }

    private String screen() throws Exception {
        return run("tmux", "capture-pane", "-p", "-t", session, "-S", "-200");
    }

    private void awaitScreen(String text) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (screen().toLowerCase().contains(text.toLowerCase())) return;
            Thread.sleep(100);
        }
        throw new AssertionError("the screen never showed '" + text + "':\n" + screen());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        return run(List.of(command));
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return out;
        } catch (IOException e) {
            if (command.getFirst().equals("tmux")) return "";
            throw e;
        }
    }
}
