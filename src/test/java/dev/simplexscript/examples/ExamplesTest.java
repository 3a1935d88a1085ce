package dev.simplexscript.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.simplexscript.testkit.Person;
import dev.simplexscript.testkit.TestBot;
import dev.simplexscript.testkit.TestOutcome;
import dev.simplexscript.testkit.TestRun;
import dev.simplexscript.testutil.Patience;
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
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The examples are tested by their own test files, once per language ({@code echo.test.js} for
 * {@code echo.js}, {@code EchoTest.groovy} for {@code echo.groovy}), run here by the test kit as
 * {@code simplex-script test examples/} runs them, each reported as a test of its own. The one
 * scenario a sandboxed test file cannot play, editing a data file, is tested here.
 */
class ExamplesTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("simplex.project.dir", ".")).resolve("examples");

    @Test
    void everyExampleComesInBothLanguagesWithTestsInBoth() throws IOException {
        Set<String> bots = examples();
        assertTrue(bots.size() >= 8, "expected the eight examples, found " + bots);
        for (String bot : bots) {
            for (String file : List.of(bot + ".js", bot + ".groovy", bot + ".test.js", capitalized(bot) + "Test.groovy")) {
                assertTrue(Files.isRegularFile(EXAMPLES.resolve(file)), file + " is missing");
            }
        }
    }

    /** One test per test of the examples' test files, all run in one kit run (one engine per language). */
    @TestFactory
    Stream<DynamicTest> theExamplesOwnTestsPass() throws IOException {
        StringWriter out = new StringWriter();
        TestRun.Summary summary = new TestRun(Patience.kit(), new PrintWriter(out)).run(List.of(EXAMPLES));
        Set<String> ran = summary.outcomes().stream().map(o -> o.file().getFileName().toString()).collect(Collectors.toSet());
        for (String bot : examples()) {
            assertTrue(ran.contains(bot + ".test.js") && ran.contains(capitalized(bot) + "Test.groovy"),
                    "the tests of " + bot + " did not run:\n" + out);
        }
        return summary.outcomes().stream().map(outcome -> DynamicTest.dynamicTest(label(outcome), () -> {
            if (!outcome.passed()) fail(outcome.line());
        }));
    }

    private static String label(TestOutcome outcome) {
        return outcome.file().getFileName() + ": " + (outcome.name() != null ? outcome.name() : "(the file)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "groovy"})
    void faqAnswersFromItsJsonAndReloadsWhenItChanges(String language, @TempDir Path dir) throws IOException {
        Path script = Files.copy(EXAMPLES.resolve("faq." + language), dir.resolve("faq." + language));
        Files.copy(EXAMPLES.resolve("faq.json"), dir.resolve("faq.json"));
        try (TestBot bot = TestBot.start(script, Patience.kit())) {
            Person alice = bot.person("alice");
            alice.connect();
            alice.send("What are your hours?");
            assertTrue(alice.nextMessage().text.startsWith("We answer from 9:00"));
            Files.writeString(dir.resolve("faq.json"), "{\"hours\": \"Always open.\"}");
            bot.awaitLog("reloaded v2", Patience.WAIT);
            alice.send("hours?");
            assertEquals("Always open.", alice.nextMessage().text);
        }
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
