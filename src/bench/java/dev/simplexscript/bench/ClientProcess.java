package dev.simplexscript.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A client under test running as its own process, its output kept in a log file for failures. */
final class ClientProcess implements AutoCloseable {
    private final Process process;
    private final Path log;
    private final long startedAt;

    private ClientProcess(Process process, Path log, long startedAt) {
        this.process = process;
        this.log = log;
        this.startedAt = startedAt;
    }

    static ClientProcess start(ClientSpec spec, String url, Path log) {
        List<String> command = spec.commandFor(url);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(spec.workDir().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().putAll(spec.env());
        long startedAt = System.nanoTime();
        try {
            // A fresh checkout has neither folder yet; another test may have cleaned them away.
            Files.createDirectories(spec.workDir());
            Files.createDirectories(log.toAbsolutePath().getParent());
            return new ClientProcess(builder.start(), log, startedAt);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start client " + spec.name() + ": " + command, e);
        }
    }

    /** {@link System#nanoTime()} just before the process was started. */
    long startedAt() {
        return startedAt;
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** The last lines the client printed, to explain a failure. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops the process and everything it started; forcibly after 5 s. */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        if (!process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        for (ProcessHandle child : children) {
            if (child.isAlive()) child.destroyForcibly();
        }
    }
}
