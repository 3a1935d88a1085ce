package dev.simplexscript.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for our host with the same command line ({@code --core <url> <folder>}), so the
 * scale and reload measurements can be tested before and apart from the real one: it answers like
 * the folder's echo bot, tagging answers with the {@code |vN} the current echo script carries.
 */
public final class FakeHost {
    private static final Pattern TAG = Pattern.compile("'\\|(v\\d+)'");

    private FakeHost() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3 || !args[0].equals("--core")) {
            System.err.println("usage: FakeHost --core ws://127.0.0.1:<port> <folder>");
            System.exit(2);
        }
        Path echo = Path.of(args[2]).resolve(ScriptFolder.ECHO + "." + BenchScript.JAVASCRIPT.extension());
        Path groovy = Path.of(args[2]).resolve(ScriptFolder.ECHO + "." + BenchScript.GROOVY.extension());
        AtomicReference<String> tag = new AtomicReference<>("");
        RawJavaEchoClient client = new RawJavaEchoClient(URI.create(args[1])) {
            @Override
            protected String answer(String text) {
                String current = tag.get();
                return current.isEmpty() ? text : text + "|" + current;
            }
        };
        if (!client.connectBlocking()) System.exit(3);
        // Polls the echo script as a watcher would; a save shows up within a few milliseconds.
        while (client.isOpen()) {
            tag.set(tagOf(Files.exists(echo) ? echo : groovy));
            Thread.sleep(5);
        }
    }

    private static String tagOf(Path script) throws IOException {
        try {
            Matcher m = TAG.matcher(Files.readString(script));
            return m.find() ? m.group(1) : "";
        } catch (NoSuchFileException e) {
            return "";
        }
    }
}
