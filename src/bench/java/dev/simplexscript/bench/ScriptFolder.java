package dev.simplexscript.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** A folder of bot scripts for our host to watch: one echo bot and any number of listeners. */
final class ScriptFolder {
    static final String ECHO = "echo";

    private ScriptFolder() {}

    /** Empties {@code dir} and writes the echo bot plus {@code scripts - 1} listeners into it. */
    static Path write(Path dir, BenchScript language, int scripts) {
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> old = Files.list(dir)) {
                    for (Path file : old.toList()) Files.delete(file);
                }
            }
            Files.createDirectories(dir);
            save(dir, language, ECHO, language.echo(""));
            for (int i = 1; i < scripts; i++) {
                save(dir, language, "listener-%04d".formatted(i), language.listener());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write bench scripts into " + dir, e);
        }
    }

    /**
     * Saves a script as an editor that writes a temporary file and renames it does: the watcher
     * never sees half a file, so the timing is of the reload, not of a retry after a parse error.
     */
    static void save(Path dir, BenchScript language, String name, String source) throws IOException {
        Path temp = dir.resolve("." + name + ".tmp");
        Files.writeString(temp, source);
        Files.move(temp, dir.resolve(name + "." + language.extension()), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }
}
