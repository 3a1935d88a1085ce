package dev.simplexscript.sim.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.sim.SimOptions;
import dev.simplexscript.sim.SimulatedCore;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeopleConsoleTest {
    @TempDir
    Path files;

    @Test
    void consolePlaysAPersonAndReportsWhatTheBotDid() {
        try (SimulatedCore core = SimulatedCore.start(SimOptions.defaults(files).withAddress(true))) {
            core.send("/_address_settings 1 {\"businessAddress\":false,\"autoAccept\":{\"acceptIncognito\":false}}");
            PeopleConsole console = new PeopleConsole(core);
            assertEquals("chat @2", console.execute("alice connect"));
            assertEquals("item 1", console.execute("alice say hello bot"));
            core.send("/_send @2 json [{\"msgContent\":{\"type\":\"text\",\"text\":\"hello alice\"},\"quotedItemId\":1}]");
            String inbox = console.execute("alice inbox");
            assertTrue(inbox.contains("@2 message item 2: hello alice"), inbox);
            assertEquals("(nothing new)", console.execute("alice inbox"));
            assertEquals("ok", console.execute("alice react 2 👍"));
            assertTrue(console.execute("alice react 2 🐙").startsWith("error: not an allowed reaction"));
            assertTrue(console.execute("alice reply x y").startsWith("error: expected a number"));
            assertTrue(console.execute("bob say hi").startsWith("error: bob is not connected"));
        }
    }
}
