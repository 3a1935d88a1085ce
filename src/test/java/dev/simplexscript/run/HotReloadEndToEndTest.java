package dev.simplexscript.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.sim.people.VirtualPerson;
import dev.simplexscript.testing.BotTester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Saving a script while messages stream in, over a real WebSocket: every message answered once. */
class HotReloadEndToEndTest {
    private static String bot(String language, String version) {
        return language.equals("js")
                ? "on.message(async msg => { await msg.reply('" + version + ":' + msg.text) })\n"
                : "on.message { msg -> msg.reply('" + version + ":' + msg.text) }\n";
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "groovy"})
    void reloadUnderAStreamLosesAndDoublesNothing(String language, @TempDir Path dir) throws IOException {
        Path script = dir.resolve("bot." + language);
        Files.writeString(script, bot(language, "v1"));
        try (BotTester tester = BotTester.start(dir)) {
            VirtualPerson alice = tester.person("alice");
            int total = 60;
            for (int i = 0; i < total; i++) {
                alice.send("m" + i);
                if (i == 20) Files.writeString(script, bot(language, "v2"));
            }
            Map<String, String> answers = new HashMap<>();
            for (int i = 0; i < total; i++) {
                String reply = tester.nextMessage(alice).text();
                String[] parts = reply.split(":", 2);
                assertTrue(answers.put(parts[1], parts[0]) == null, "answered twice: " + parts[1]);
            }
            assertEquals(total, answers.size());
            tester.settle();
            assertEquals(null, alice.next(Duration.ofMillis(200)), "no extra replies");
            awaitVersion2(tester, alice);
        }
    }

    /** Once the save is picked up, new messages get the new version. */
    private static void awaitVersion2(BotTester tester, VirtualPerson alice) {
        for (int attempt = 0; attempt < 50; attempt++) {
            alice.send("after");
            if (tester.nextMessage(alice).text().equals("v2:after")) return;
        }
        throw new AssertionError("the saved version never answered; log: " + tester.log());
    }
}
