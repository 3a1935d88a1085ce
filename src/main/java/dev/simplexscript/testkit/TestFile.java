package dev.simplexscript.testkit;

import dev.simplexscript.lang.ScriptFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A test file and the bot it tests. The bot is named by a header line among the file's first
 * lines, {@code // bot: other.js} (relative to the test file), or else by convention:
 * {@code echo.test.js} tests {@code echo.js}, {@code EchoTest.groovy} tests {@code echo.groovy}.
 */
record TestFile(Path file, Path bot) {
    private static final Pattern HEADER = Pattern.compile("^\\s*//\\s*bot:\\s*(\\S+)\\s*$");
    private static final int HEADER_LINES = 20;

    /** The test files among {@code paths}: files as given, folders' test files (not recursing), sorted by folder. */
    static List<Path> find(List<Path> paths) throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                found.addAll(ScriptFiles.list(path, ScriptFiles.Kind.TEST));
            } else if (!Files.exists(path)) {
                throw new IllegalArgumentException(path + ": no such file or folder");
            } else if (!ScriptFiles.isTest(path)) {
                throw new IllegalArgumentException(path + " is not a test file (" + ScriptFiles.describe() + ")");
            } else {
                found.add(path);
            }
        }
        return found;
    }

    /** Reads the header or applies the convention; fails naming what was tried. */
    static TestFile of(Path file) throws IOException {
        Path dir = file.toAbsolutePath().normalize().getParent();
        try (Stream<String> lines = Files.lines(file)) {
            for (String line : lines.limit(HEADER_LINES).toList()) {
                Matcher m = HEADER.matcher(line);
                if (!m.matches()) continue;
                Path bot = dir.resolve(m.group(1)).normalize();
                if (!Files.isRegularFile(bot)) throw new IllegalArgumentException("the bot named in '" + line.strip() + "' does not exist: " + bot);
                return new TestFile(file, bot);
            }
        }
        List<Path> candidates = ScriptFiles.botsTestedBy(file.getFileName().toString()).stream().map(dir::resolve).toList();
        return candidates.stream().filter(Files::isRegularFile).findFirst().map(bot -> new TestFile(file, bot))
                .orElseThrow(() -> new IllegalArgumentException("no bot script for this test: tried "
                        + String.join(", ", candidates.stream().map(p -> p.getFileName().toString()).toList())
                        + "; or name it in a header line '// bot: mybot.js'"));
    }
}
