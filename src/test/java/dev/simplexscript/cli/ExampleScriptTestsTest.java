package dev.simplexscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every example bot ships with tests in both languages, and they all pass. */
class ExampleScriptTestsTest {
    private static final Path EXAMPLES = Path.of("examples");

    @Test
    void everyExampleHasTestsInBothLanguagesAndTheyAllPass() throws IOException {
        Set<String> bots = examples();
        assertTrue(bots.size() >= 8, "expected the eight examples, found " + bots);
        for (String bot : bots) {
            assertTrue(Files.isRegularFile(EXAMPLES.resolve(bot + ".js")), bot + ".js is missing");
            assertTrue(Files.isRegularFile(EXAMPLES.resolve(bot + ".groovy")), bot + ".groovy is missing");
            assertTrue(Files.isRegularFile(EXAMPLES.resolve(bot + ".test.js")), bot + ".test.js is missing");
            assertTrue(Files.isRegularFile(EXAMPLES.resolve(capitalized(bot) + "Test.groovy")),
                    capitalized(bot) + "Test.groovy is missing");
        }

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = RootCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("test", EXAMPLES.toString());

        List<String> lines = out.toString().lines().toList();
        String report = out + "\n" + err;
        assertEquals(0, code, report);
        String summary = lines.getLast();
        assertTrue(summary.matches("\\d+ passed, 0 failed"), report);
        for (String bot : bots) {
            assertTrue(lines.contains(EXAMPLES.resolve(bot + ".test.js") + " (bot: " + bot + ".js)"), bot + ".test.js did not run\n" + report);
            assertTrue(lines.contains(EXAMPLES.resolve(capitalized(bot) + "Test.groovy") + " (bot: " + bot + ".groovy)"),
                    capitalized(bot) + "Test.groovy did not run\n" + report);
        }
        long passed = lines.stream().filter(l -> l.startsWith("  ✓ ")).count();
        assertEquals(Long.parseLong(summary.split(" ")[0]), passed, report);
        assertTrue(passed >= 2 * bots.size(), report);
    }

    /** Example bots: scripts in examples/ that are not tests, by base name. */
    private static Set<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> (n.endsWith(".js") && !n.endsWith(".test.js")) || (n.endsWith(".groovy") && !n.endsWith("Test.groovy")))
                    .map(n -> n.substring(0, n.lastIndexOf('.')))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
