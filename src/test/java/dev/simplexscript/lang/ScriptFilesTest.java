package dev.simplexscript.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.simplexscript.lang.ScriptFiles.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptFilesTest {
    @Test
    void oneRuleForBotsTestsDataAndLeftovers() {
        Map<String, Kind> expected = Map.ofEntries(
                Map.entry("echo.js", Kind.BOT), Map.entry("echo.groovy", Kind.BOT), Map.entry("Echo.groovy", Kind.BOT),
                Map.entry("echo.test.js", Kind.TEST), Map.entry("EchoTest.groovy", Kind.TEST), Map.entry("echoTest.groovy", Kind.TEST),
                Map.entry("faq.json", Kind.DATA), Map.entry("README.md", Kind.DATA), Map.entry("test.js.json", Kind.DATA),
                Map.entry(".js", Kind.IGNORED), Map.entry(".test.js", Kind.IGNORED), Map.entry("Test.groovy", Kind.BOT),
                Map.entry("echo.js~", Kind.IGNORED), Map.entry(".echo.js.swp", Kind.IGNORED), Map.entry("#echo.js#", Kind.IGNORED),
                Map.entry(".#echo.js", Kind.IGNORED), Map.entry("echo.js.orig", Kind.IGNORED), Map.entry("echo.js.bak", Kind.IGNORED),
                Map.entry("echo.js___jb_tmp___", Kind.IGNORED), Map.entry(".env", Kind.IGNORED), Map.entry("..data", Kind.IGNORED));
        expected.forEach((name, kind) -> assertEquals(kind, ScriptFiles.kind(name), name));
        assertEquals(Optional.of(ScriptFiles.Language.JAVASCRIPT), ScriptFiles.language(Path.of("a.test.js")));
        assertEquals(Optional.of(ScriptFiles.Language.GROOVY), ScriptFiles.language(Path.of("a.groovy")));
        assertEquals(Optional.empty(), ScriptFiles.language(Path.of("a.js~")));
    }

    @Test
    void testsNameTheBotsTheyTest() {
        assertEquals(List.of("echo.js"), ScriptFiles.botsTestedBy("echo.test.js"));
        assertEquals(List.of("weatherBot.groovy", "WeatherBot.groovy", "weatherbot.groovy", "weather-bot.groovy"),
                ScriptFiles.botsTestedBy("WeatherBotTest.groovy"));
        assertThrows(IllegalArgumentException.class, () -> ScriptFiles.botsTestedBy("echo.js"));
    }

    @Test
    void listingAFolderFindsOneKindOnly(@TempDir Path dir) throws Exception {
        for (String name : List.of("b.js", "a.groovy", "a.test.js", "ATest.groovy", "data.json", "a.js~", ".a.js.swp")) {
            Files.writeString(dir.resolve(name), "");
        }
        Files.createDirectories(dir.resolve("sub.js"));
        assertEquals(List.of(dir.resolve("a.groovy"), dir.resolve("b.js")), ScriptFiles.list(dir, Kind.BOT));
        assertEquals(List.of(dir.resolve("ATest.groovy"), dir.resolve("a.test.js")), ScriptFiles.list(dir, Kind.TEST));
    }
}
