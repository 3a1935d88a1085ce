package dev.simplexscript.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.sim.people.VirtualPerson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deploying a script from the phone: sent as a file with the caption {@code /admin deploy}. */
class DeployTest {
    @TempDir
    Path dir;
    OpsBot ops;
    VirtualPerson alice;

    @BeforeEach
    void start() throws Exception {
        ops = new OpsBot(dir).script("echo.js", OperatorChatTest.ECHO).start();
        alice = ops.person("alice");
        assertTrue(ops.ask(alice, "/admin claim " + OpsBot.CODE).startsWith("You are now the operator"));
    }

    @AfterEach
    void stop() {
        ops.close();
    }

    private String deploy(String name, String text) {
        alice.sendFile(name, text.getBytes(StandardCharsets.UTF_8), "/admin deploy");
        return ops.next(alice);
    }

    @Test
    void aNewScriptIsCheckedPlacedAndLoaded() throws Exception {
        String hello = "command('/hello', 'Say hello', async (msg) => { await msg.reply('hello from the phone') })\n";
        assertEquals("deployed hello.js: v1 running, commands +/hello", deploy("hello.js", hello));
        assertEquals(hello, Files.readString(ops.scripts.resolve("hello.js")));
        alice.send("/hello");
        // Both scripts answer, in either order: the new command, and echo.js echoing every message.
        assertEquals(java.util.Set.of("hello from the phone", "echo: /hello"), java.util.Set.of(ops.next(alice), ops.next(alice)));
        try (var files = Files.list(ops.scripts)) {
            assertEquals(2, files.count(), "no temporary file is left in the watched folder");
        }

        assertEquals("hello.js stopped and deleted", ops.ask(alice, "/admin undeploy hello.js"));
        assertFalse(Files.exists(ops.scripts.resolve("hello.js")));
        assertEquals("echo.js v1 running", ops.ask(alice, "/admin scripts"));
    }

    @Test
    void aBrokenScriptIsRefusedWithItsLineAndTheOldVersionKeepsRunning() throws Exception {
        String before = Files.readString(ops.scripts.resolve("echo.js"));
        String answer = deploy("echo.js", "on.message(async msg => {\n  await msg.reply('v2' +)\n})\n");
        assertTrue(answer.startsWith("not deployed: echo.js:2"), answer);
        assertTrue(answer.endsWith("nothing changed: echo.js v1 is running"), answer);
        assertEquals(before, Files.readString(ops.scripts.resolve("echo.js")), "the watched folder was not touched");
        assertEquals("echo: still v1", ops.ask(alice, "still v1"));
    }

    @Test
    void aNewVersionReplacesTheRunningOne() throws Exception {
        assertEquals("deployed echo.js: v2 running", deploy("echo.js", OperatorChatTest.ECHO.replace("echo: ", "v2: ")));
        assertEquals("v2: hi", ops.ask(alice, "hi"));
    }

    @Test
    void namesThatAreNotScriptsAreRefused() throws Exception {
        assertTrue(deploy("notes.txt", "hello").startsWith("not deployed: notes.txt is not a bot script name"));
        assertTrue(deploy(".hidden.js", "log.info(1)").startsWith("not deployed: .hidden.js is not a bot script name"));
        assertTrue(ops.ask(alice, "/admin deploy").startsWith("send the script as a file"));
    }

    @Test
    void aNonOperatorsDeployIsDroppedAndTheFileNeverReceived() throws Exception {
        VirtualPerson mallory = ops.person("mallory");
        mallory.sendFile("evil.js", "log.info('pwned')".getBytes(StandardCharsets.UTF_8), "/admin deploy");
        ops.awaitLog("ignored /admin deploy from mallory");
        assertTrue(ops.unread(mallory).isEmpty());
        assertFalse(Files.exists(ops.scripts.resolve("evil.js")));
        assertFalse(ops.log.stream().anyMatch(l -> l.contains("pwned")));
    }
}
