package dev.simplexscript.host;

import dev.simplexscript.testutil.Patience;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/** A host with the real script API over a {@link FakeCore}, in a temp folder, recording every reported line. */
final class TestHost implements AutoCloseable {
    final Path dir;
    final FakeCore core = new FakeCore();
    final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    /** Every line reported, kept (awaitLine consumes {@link #lines}). */
    final List<String> history = new CopyOnWriteArrayList<>();
    final ScriptHost host;

    TestHost(Path dir) {
        this(dir, c -> c);
    }

    TestHost(Path dir, UnaryOperator<HostConfig> tweak) {
        this.dir = dir;
        HostConfig config = HostConfig.defaults(dir.resolve("store.mv.db"))
                .withHandlerBudget(Duration.ofMillis(1000))
                .withDebounce(Duration.ofMillis(50))
                .withReporter((script, level, message) -> {
                    lines.add(script + " " + level + " " + message);
                    history.add(script + " " + level + " " + message);
                });
        this.host = new ScriptHost(tweak.apply(config), core, null);
    }

    Path write(String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    LoadResult load(String name, String text) throws Exception {
        return host.load(write(name, text)).get(60, TimeUnit.SECONDS);
    }

    /** Waits for a reported line containing {@code fragment}; fails after the patience. */
    String awaitLine(String fragment) throws InterruptedException {
        long deadline = System.nanoTime() + Patience.WAIT.toNanos();
        StringBuilder seen = new StringBuilder();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line == null) continue;
            seen.append("\n  ").append(line);
            if (line.contains(fragment)) return line;
        }
        throw new AssertionError("no line containing '" + fragment + "'; saw:" + seen);
    }

    /** Waits for a line containing {@code fragment} among all reported so far, consuming nothing; fails after the patience. */
    String awaitHistory(String fragment) throws InterruptedException {
        long deadline = System.nanoTime() + Patience.WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : history) {
                if (line.contains(fragment)) return line;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no line containing '" + fragment + "'; saw:\n  " + String.join("\n  ", history));
    }

    @Override
    public void close() {
        host.close();
    }
}
