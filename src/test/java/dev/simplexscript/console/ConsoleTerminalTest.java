package dev.simplexscript.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console as a person meets it: {@code simplex-script support.js} in a real terminal (tmux),
 * typed into, and the screen read back: line editing, history, and lines that arrive while the
 * user types printed above the prompt.
 */
class ConsoleTerminalTest {
    private static final Path PROJECT = Path.of(System.getProperty("simplex.project.dir", "."));
    private final String session = "simplex-console-" + ProcessHandle.current().pid();

    @TempDir
    Path folder;

    @AfterEach
    void killSession() throws Exception {
        run("tmux", "kill-session", "-t", session);
    }

    @Test
    void supportDeskIsPleasantToUseInATerminal() throws Exception {
        assumeTrue(run("tmux", "-V").startsWith("tmux"), "tmux is not installed");
        Path script = Files.copy(PROJECT.resolve("examples/support.js"), folder.resolve("support.js"));
        List<String> command = concat(javaCommand(), List.of("--sim", "--data", folder.resolve("data").toString(), script.toString()));
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
        assertFalse(screen().contains("[connected]"), "the contact's connection is not a message from the bot:\n" + screen());

        // A save while the user is typing: the reload line goes above the prompt, the typed text stays on it.
        run("tmux", "send-keys", "-t", session, "-l", "half a line");
        awaitScreen("alice's business chat> half a line");
        Files.writeString(script, Files.readString(script) + "\n// saved again\n");
        awaitScreen("[support.js] reloaded v2");
        List<String> lines = screen().lines().filter(l -> !l.isBlank()).toList();
        assertTrue(lines.getLast().endsWith("> half a line"), "the prompt and the typed text stay last:\n" + screen());

        // History: Ctrl-U clears the line, Up brings back the last line sent.
        run("tmux", "send-keys", "-t", session, "C-u");
        run("tmux", "send-keys", "-t", session, "Up");
        awaitScreen("> //help");
        run("tmux", "send-keys", "-t", session, "C-u");

        type("/quit");
        awaitScreen("[support.js] stopped");
        assertTrue(Files.readString(folder.resolve("data/console-history")).contains("Where is my order?"));
    }

    @Test
    void pipedLinesGetEveryAnswerBeforeTheProcessExits() throws Exception {
        Process p = new ProcessBuilder(concat(javaCommand(), List.of("--sim", "--data", folder.resolve("data").toString(),
                PROJECT.resolve("examples/squaring.js").toString()))).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (var stdin = p.getOutputStream()) {
            stdin.write("hi\n12\n/as bob 3\n".getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, java.util.concurrent.TimeUnit.MINUTES));
        assertEquals(List.of("alice connected to the bot",
                "bot → alice: Send me a number and I will reply with its square.",
                "bot → alice: 12 * 12 = 144",
                "bob connected to the bot",
                "bot → bob: 3 * 3 = 9"), out.lines().toList());
        assertEquals(0, p.exitValue());
    }

    private static List<String> javaCommand() {
        String java = ProcessHandle.current().info().command().orElseThrow();
        return List.of(java, "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow", "-Dpolyglot.engine.WarnInterpreterOnly=false",
                "-Dpolyglot.engine.userResourceCache=" + PROJECT.resolve("target/truffle-cache"),
                "-cp", System.getProperty("java.class.path"), "dev.simplexscript.Main");
    }

    private void type(String line) throws Exception {
        run("tmux", "send-keys", "-t", session, "-l", line);
        run("tmux", "send-keys", "-t", session, "Enter");
    }

    private String screen() throws Exception {
        return run("tmux", "capture-pane", "-p", "-t", session, "-S", "-200");
    }

    private void awaitScreen(String text) throws Exception {
        // A generous bound for a loaded machine: the test waits for the text, never for the time.
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
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
