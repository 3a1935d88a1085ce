package dev.simplexscript.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.host.LoadResult;
import dev.simplexscript.testkit.Person;
import dev.simplexscript.testkit.TestBot;
import dev.simplexscript.testutil.Patience;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A whole bot (client, API, host, script) reloaded while a person keeps writing: the new version
 * takes over in the middle of the stream, both versions answer, no message is lost or answered
 * twice, and versions never go back. The reload is done as the host does it on a save, while
 * the stream runs, so it cannot slip to after the stream (as a file watcher's pick-up could).
 */
class HotReloadEndToEndTest {
    private static final int BEFORE = 20;
    private static final int DURING = 40;
    private static final int AFTER = 10;

    private static String bot(String language, String version) {
        return language.equals("js")
                ? "on.message(async msg => { await msg.reply('" + version + ":' + msg.text) })\n"
                : "on.message { msg -> msg.reply('" + version + ":' + msg.text) }\n";
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "groovy"})
    void reloadUnderAStreamLosesAndDoublesNothing(String language, @TempDir Path dir) throws Exception {
        Path script = dir.resolve("bot." + language);
        Files.writeString(script, bot(language, "v1"));
        try (TestBot bot = TestBot.start(script, Patience.kit())) {
            Person alice = bot.person("alice");
            alice.connect();
            Map<String, String> answers = new HashMap<>();
            List<String> versions = new ArrayList<>();
            for (int i = 0; i < BEFORE; i++) alice.send("m" + i);
            read(alice, BEFORE, answers, versions);

            // The stream goes on from another thread while the new version loads.
            AtomicReference<Throwable> streamFailed = new AtomicReference<>();
            Thread stream = Thread.ofPlatform().name("stream").start(() -> {
                try {
                    for (int i = BEFORE; i < BEFORE + DURING; i++) alice.send("m" + i);
                } catch (Throwable e) {
                    streamFailed.set(e);
                }
            });
            Files.writeString(script, bot(language, "v2"));
            LoadResult reloaded = bot.reload();
            assertTrue(reloaded.loaded(), String.valueOf(reloaded.error()));
            for (int i = BEFORE + DURING; i < BEFORE + DURING + AFTER; i++) alice.send("m" + i);
            stream.join();
            assertEquals(null, streamFailed.get());

            int total = BEFORE + DURING + AFTER;
            read(alice, total - BEFORE, answers, versions);
            assertEquals(total, answers.size(), "every message answered once");
            assertEquals(List.of(), alice.unread(), "and nothing more once the bot is idle");
            int firstV2 = versions.indexOf("v2");
            assertTrue(firstV2 >= BEFORE, "v1 answered the messages before the reload: " + versions);
            assertTrue(versions.subList(firstV2, versions.size()).stream().allMatch("v2"::equals), "versions never go back: " + versions);
            for (int i = BEFORE + DURING; i < total; i++) assertEquals("v2", answers.get("m" + i), "v2 answers after the reload");
        }
    }

    /** Reads {@code count} replies {@code version:text}; a text answered twice fails. */
    private static void read(Person alice, int count, Map<String, String> answers, List<String> versions) {
        for (int i = 0; i < count; i++) {
            String[] parts = alice.nextMessage().text.split(":", 2);
            assertEquals(null, answers.put(parts[1], parts[0]), "answered twice: " + parts[1]);
            versions.add(parts[0]);
        }
    }
}
