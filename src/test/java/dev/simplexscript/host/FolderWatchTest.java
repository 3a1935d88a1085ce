package dev.simplexscript.host;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reloads follow the ways files really change: editors, git, Kubernetes ConfigMaps. */
class FolderWatchTest {
    @TempDir Path dir;
    TestHost t;

    @AfterEach
    void stop() {
        if (t != null) t.close();
    }

    private void watch(Duration debounce) throws Exception {
        t = new TestHost(dir, c -> c.withDebounce(debounce));
        for (CompletableFuture<LoadResult> f : t.host.watch(dir)) f.get(90, TimeUnit.SECONDS);
    }

    private String reply(String text) throws InterruptedException {
        t.host.dispatch(FakeCore.message(text));
        return t.core.next().text();
    }

    @Test
    void aFolderRunLoadsItsBotsOnlyAndIgnoresEditorLeftovers() throws Exception {
        Files.writeString(dir.resolve("bot.js"), "on.message(m => m.reply('bot'))");
        for (String leftover : List.of("bot.test.js", "BotTest.groovy", "bot.js~", ".bot.js.swp", "#bot.js#", "bot.js.orig")) {
            Files.writeString(dir.resolve(leftover), "this is not JavaScript (");
        }
        Files.writeString(dir.resolve("data.json"), "{}");
        watch(Duration.ofMillis(20));
        assertEquals(List.of("bot.js"), t.host.scripts());
        Files.writeString(dir.resolve("bot.js~"), "still not a bot (");
        Files.writeString(dir.resolve("#bot.js#"), "autosave (");
        Files.writeString(dir.resolve("bot.js"), "on.message(m => m.reply('bot v2'))");
        t.awaitLine("reloaded v2");
        assertEquals("bot v2", reply("x"));
        assertTrue(t.history.stream().noneMatch(l -> l.contains("failed")), t.history.toString());
    }

    @Test
    void aSaveThroughARenameReloadsOnceAndAtOnce() throws Exception {
        Files.writeString(dir.resolve("bot.js"), "on.message(m => m.reply('v1'))");
        watch(Duration.ofSeconds(30));
        Path temp = Files.writeString(dir.resolve(".bot.js.tmp123"), "on.message(m => m.reply('v2'))");
        Files.setLastModifiedTime(temp, FileTime.from(Instant.now().minusSeconds(60)));
        Files.move(temp, dir.resolve("bot.js"), ATOMIC_MOVE, REPLACE_EXISTING);
        t.awaitLine("reloaded v2");
        assertEquals("v2", reply("x"), "a complete file renamed into place needs no debounce (30 s here)");
    }

    @Test
    void anEditorThatMovesTheOldFileAwayReloadsInsteadOfStopping() throws Exception {
        Path bot = Files.writeString(dir.resolve("bot.js"), "on.message(m => m.reply('v1')); on.stop(() => send('@1', 'stopped'))");
        watch(Duration.ofMillis(20));
        Files.move(bot, dir.resolve("bot.js~"), REPLACE_EXISTING);
        Files.writeString(bot, "on.message(m => m.reply('v2'))");
        t.awaitLine("reloaded v2");
        assertEquals("stopped", t.core.next().text(), "v1's on.stop ran for the reload");
        assertEquals("v2", reply("x"));
        assertTrue(t.history.stream().noneMatch(l -> l.contains("INFO stopped")), t.history.toString());
        assertEquals(1, t.history.stream().filter(l -> l.contains("loaded v1")).count(), t.history.toString());
    }

    @Test
    void aCheckoutOfManyFilesReloadsEachScriptOnce() throws Exception {
        int scripts = 12;
        Files.writeString(dir.resolve("shared.json"), "{\"v\": 1}");
        for (int i = 0; i < scripts; i++) {
            Files.writeString(dir.resolve("bot" + i + ".js"), "const v = asset('shared.json').v\non.message(m => { if (m.text === '" + i + "') m.reply('v' + v) })");
        }
        watch(Duration.ofMillis(300));
        List<Path> temps = new ArrayList<>();
        for (int i = 0; i < scripts; i++) {
            temps.add(Files.writeString(dir.resolve(".tmp" + i), "const v = asset('shared.json').v\non.message(m => { if (m.text === '" + i
                    + "') m.reply('new v' + v) })"));
        }
        temps.add(Files.writeString(dir.resolve(".tmp-shared"), "{\"v\": 2}"));
        for (int i = 0; i < scripts; i++) Files.move(temps.get(i), dir.resolve("bot" + i + ".js"), ATOMIC_MOVE, REPLACE_EXISTING);
        Files.move(temps.get(scripts), dir.resolve("shared.json"), ATOMIC_MOVE, REPLACE_EXISTING);
        for (int i = 0; i < scripts; i++) t.awaitHistory("bot" + i + ".js INFO reloaded v2");
        for (int i = 0; i < scripts; i++) assertEquals("new v2", reply(String.valueOf(i)));
        Files.writeString(dir.resolve("bot0.js"), "on.message(m => { if (m.text === 'done') m.reply('v3') })");
        t.awaitHistory("bot0.js INFO reloaded v3");
        assertTrue(t.history.stream().noneMatch(l -> l.contains("reloaded v3") && !l.startsWith("bot0.js")),
                "every other script reloaded exactly once: " + t.history);
    }

    @Test
    void aConfigMapSymlinkSwapReloads() throws Exception {
        Path v1 = Files.createDirectories(dir.resolve("..2026_12_06_v1"));
        Files.writeString(v1.resolve("bot.js"), "on.message(m => m.reply('v1 ' + asset('greeting.txt')))");
        Files.writeString(v1.resolve("greeting.txt"), "hello");
        Files.createSymbolicLink(dir.resolve("..data"), v1.getFileName());
        Files.createSymbolicLink(dir.resolve("bot.js"), Path.of("..data/bot.js"));
        Files.createSymbolicLink(dir.resolve("greeting.txt"), Path.of("..data/greeting.txt"));
        watch(Duration.ofMillis(20));
        assertEquals("v1 hello", reply("x"));

        Path v2 = Files.createDirectories(dir.resolve("..2026_12_06_v2"));
        Files.writeString(v2.resolve("bot.js"), "on.message(m => m.reply('v2 ' + asset('greeting.txt')))");
        Files.writeString(v2.resolve("greeting.txt"), "hi");
        Files.createSymbolicLink(dir.resolve("..data_tmp"), v2.getFileName());
        Files.move(dir.resolve("..data_tmp"), dir.resolve("..data"), ATOMIC_MOVE, REPLACE_EXISTING);
        t.awaitLine("reloaded v2");
        assertEquals("v2 hi", reply("x"));

        Path v3 = Files.createDirectories(dir.resolve("..2026_12_06_v3"));
        Files.copy(v2.resolve("bot.js"), v3.resolve("bot.js"));
        Files.writeString(v3.resolve("greeting.txt"), "howdy");
        Files.createSymbolicLink(dir.resolve("..data_tmp"), v3.getFileName());
        Files.move(dir.resolve("..data_tmp"), dir.resolve("..data"), ATOMIC_MOVE, REPLACE_EXISTING);
        t.awaitLine("reloaded v3");
        assertEquals("v2 howdy", reply("x"), "a swap that changes only a data file reloads the script that read it");
    }

    @Test
    void onConnectedRunsForTheFirstConnectionAndEveryLaterOne() throws Exception {
        t = new TestHost(dir);
        t.host.connected();
        t.load("conn.js", "on.connected(() => send('@1', 'connected'))\non.start(() => send('@1', 'started'))");
        assertEquals("started", t.core.next().text());
        assertEquals("connected", t.core.next().text(), "a script loaded while the core is up sees that connection");
        t.host.disconnected();
        t.host.connected();
        assertEquals("connected", t.core.next().text());
        t.load("conn.js", "on.connected(() => send('@1', 'v2 connected'))");
        assertEquals("v2 connected", t.core.next().text(), "a new version sees the connection it starts in");
        t.host.connected();
        assertEquals("v2 connected", t.core.next().text());
        // A reload queues behind anything v2 still had to do: a second 'v2 connected' would come first.
        t.load("conn.js", "on.start(() => send('@1', 'v3 started'))");
        assertEquals("v3 started", t.core.next().text(), "once per connection");
    }
}
