package dev.simplexscript.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.sim.SimOptions;
import dev.simplexscript.sim.SimulatedCore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeopleConsoleTest {
    @TempDir
    Path files;

    private final List<String> printed = new ArrayList<>();

    /** What the console printed since the last call. */
    private List<String> printed() {
        List<String> out = List.copyOf(printed);
        printed.clear();
        return out;
    }

    @Test
    void playsPeopleAndSaysWhatTheBotDidAsAPersonWouldPutIt() throws Exception {
        try (SimulatedCore core = SimulatedCore.start(SimOptions.defaults(files).withAddress(true))) {
            core.send("/_address_settings 1 {\"businessAddress\":false,\"autoAccept\":{\"acceptIncognito\":false}}");
            PeopleConsole console = new PeopleConsole(core, "alice", true, printed::add);
            assertEquals("alice> ", console.prompt());

            assertTrue(console.execute("hello bot"));
            // Items 1 to 9 are the chat's service items (banner, encryption info, features), made with the contact.
            assertEquals(List.of("alice connected to the bot", "(sent as item 10)"), printed());
            core.send("/_send @2 json [{\"msgContent\":{\"type\":\"text\",\"text\":\"hello alice\"},\"quotedItemId\":10}]");
            console.report();
            // The contact's "connected" notice is not a message from the bot: only the reply shows.
            assertEquals(List.of("bot → alice: hello alice [item 11]"), printed());
            console.report();
            assertEquals(List.of(), printed());

            console.execute("/react 👍");
            console.execute("/react 2 🐙");
            console.execute("/reply x y");
            assertEquals(List.of("error: not an allowed reaction: 🐙 (allowed: 👍 👎 😀 😂 😢 ❤ 🚀 ✅)", "error: expected a number, got 'x'"),
                    printed().stream().map(l -> l.replaceAll("allowed reaction.*", "allowed reaction: 🐙 (allowed: 👍 👎 😀 😂 😢 ❤ 🚀 ✅)")).toList());

            console.execute("//help");
            assertEquals(List.of("(sent as item 12)"), printed());
            console.execute("/time now");
            assertEquals(List.of("(sent as item 13)"), printed(), "a bot command the console does not know goes to the bot");

            console.execute("/as bob");
            assertEquals("bob> ", console.prompt());
            console.execute("/as alice hi from alice");
            assertEquals(List.of("you are now bob", "(sent as item 14)"), printed());
            assertEquals("bob> ", console.prompt());
            console.execute("/people");
            assertEquals(List.of("alice, bob"), printed());
            assertFalse(console.execute("/quit"));
        }
    }

    @Test
    void joinsTheBotsGroupAndTalksThere() throws Exception {
        try (SimulatedCore core = SimulatedCore.start(SimOptions.defaults(files).withAddress(true))) {
            core.send("/_group 1 {\"displayName\":\"Lounge\",\"fullName\":\"\"}");
            core.send("/_create link #1 member");
            PeopleConsole console = new PeopleConsole(core, "carol", false, printed::add);
            console.execute("/join #lounge");
            assertEquals(List.of("carol joined #Lounge; messages now go there (/in bot to talk to the bot directly)"), printed());
            assertEquals("carol in #Lounge> ", console.prompt());
            console.execute("hi all");
            assertEquals(List.of(), printed(), "no item ids on a bot's console");
            core.send("/_send #1 json [{\"msgContent\":{\"type\":\"text\",\"text\":\"welcome\"}}]");
            console.report();
            assertEquals(List.of("bot → carol in #Lounge: welcome"), printed());
            console.execute("/leave");
            assertEquals(List.of("carol left #Lounge"), printed());
            assertEquals("carol> ", console.prompt());
            console.execute("/join #nowhere");
            assertEquals(List.of("error: the bot has no group called nowhere"), printed());
        }
    }

    @Test
    void sendsAFileWithItsCaption() throws Exception {
        Path doc = Files.writeString(files.resolve("notes.txt"), "12345");
        try (SimulatedCore core = SimulatedCore.start(SimOptions.defaults(files).withAddress(true))) {
            core.send("/_address_settings 1 {\"businessAddress\":false,\"autoAccept\":{\"acceptIncognito\":false}}");
            PeopleConsole console = new PeopleConsole(core, "alice", false, printed::add);
            console.execute("/file " + doc + " /admin deploy");
            assertEquals(List.of("alice connected to the bot", "alice sent notes.txt (5 bytes)"), printed());
            console.execute("/file " + files.resolve("missing.txt"));
            assertTrue(printed().getFirst().startsWith("error: cannot read "));
        }
    }
}
