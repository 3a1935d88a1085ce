package dev.simplexscript.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * The checkout launcher rebuilds when anything that goes into the jar changed: scripts/lib/build.sh's
 * {@code jar_inputs} and {@code jar_stale}, run by bash as the launcher runs them.
 */
class LauncherRebuildTest {
    private static final Path PROJECT = Path.of(System.getProperty("simplex.project.dir", ".")).toAbsolutePath();
    private static final Path BUILD_SH = PROJECT.resolve("scripts/lib/build.sh");
    private static final Instant BUILT = Instant.parse("2026-01-01T12:00:00Z");

    @TempDir
    Path checkout;

    @Test
    void inputsAreThePomSourcesAndEveryResourceFolderThePomNames() throws Exception {
        List<String> inputs = bash("jar_inputs", PROJECT).lines().toList();
        List<String> expected = new ArrayList<>(List.of(PROJECT.resolve("pom.xml").toString(),
                PROJECT.resolve("src/main").toString()));
        NodeList dirs = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(PROJECT.resolve("pom.xml").toFile()).getElementsByTagName("directory");
        for (int i = 0; i < dirs.getLength(); i++) {
            String dir = dirs.item(i).getTextContent().trim();
            if (!dir.contains("${")) expected.add(PROJECT.resolve(dir).toString());
        }
        assertEquals(expected, inputs);
        assertTrue(inputs.contains(PROJECT.resolve("stdlib").toString()), "stdlib/ ships in the jar: " + inputs);
    }

    @Test
    void freshWhenNothingChangedSinceTheBuild() throws Exception {
        builtCheckout();
        assertEquals(1, staleExit(), "nothing changed: no rebuild");
    }

    @Test
    void staleWhenTheJarIsMissing() throws Exception {
        builtCheckout();
        Files.delete(checkout.resolve("target/simplex-script.jar"));
        assertEquals(0, staleExit());
    }

    @Test
    void staleWhenAStdlibFileChanged() throws Exception {
        builtCheckout();
        Files.setLastModifiedTime(checkout.resolve("stdlib/js/stdlib.js"), FileTime.from(BUILT.plusSeconds(5)));
        assertEquals(0, staleExit());
    }

    @Test
    void staleWhenAFileWasRemovedFromSources() throws Exception {
        builtCheckout();
        Path folder = checkout.resolve("src/main/java/dev");
        Files.delete(folder.resolve("Old.java"));
        Files.setLastModifiedTime(folder, FileTime.from(BUILT.plusSeconds(5)));
        assertEquals(0, staleExit(), "a deletion shows as its folder's change");
    }

    @Test
    void staleWhenThePomChanged() throws Exception {
        builtCheckout();
        Files.setLastModifiedTime(checkout.resolve("pom.xml"), FileTime.from(BUILT.plusSeconds(5)));
        assertEquals(0, staleExit());
    }

    @Test
    void staleWhenAResourceFolderNamedInThePomChanged() throws Exception {
        builtCheckout();
        Files.setLastModifiedTime(checkout.resolve("src/main/resources/templates/bot.js"), FileTime.from(BUILT.plusSeconds(5)));
        assertEquals(0, staleExit());
    }

    /** A checkout with the project's real POM, a few inputs older than a built jar. */
    private void builtCheckout() throws IOException {
        Files.copy(PROJECT.resolve("pom.xml"), checkout.resolve("pom.xml"));
        for (String file : List.of("src/main/java/dev/Old.java", "src/main/resources/templates/bot.js",
                "stdlib/js/stdlib.js", "stdlib/groovy/stdlib.groovy", "target/simplex-script.jar")) {
            Path path = checkout.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, file);
        }
        try (var all = Files.walk(checkout)) {
            for (Path path : all.toList()) Files.setLastModifiedTime(path, FileTime.from(BUILT.minusSeconds(60)));
        }
        Files.setLastModifiedTime(checkout.resolve("target/simplex-script.jar"), FileTime.from(BUILT));
    }

    private int staleExit() throws Exception {
        return run("jar_stale", checkout).exitValue();
    }

    private static String bash(String function, Path root) throws Exception {
        Process p = run(function, root);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), function + " failed");
        return out;
    }

    private static Process run(String function, Path root) throws Exception {
        Process p = new ProcessBuilder("bash", "-c", ". \"$0\"; " + function + " \"$1\"", BUILD_SH.toString(), root.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), function + " did not finish");
        return p;
    }
}
