package dev.simplexscript.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReloadTest {
    @TempDir Path dir;
    TestHost t;

    @BeforeEach
    void start() {
        t = new TestHost(dir);
    }

    @AfterEach
    void stop() {
        t.close();
    }

    @Test
    void reloadReplacesHandlersAndReportsCommandChanges() throws Exception {
        t.load("bot.js", "command('/old', 'Old', m => m.reply('old')); on.message(m => m.reply('v1 ' + m.text))");
        LoadResult r = t.load("bot.js", "command('/new', 'New', m => m.reply('new')); on.message(m => m.reply('v2 ' + m.text))");
        assertEquals(2, r.version());
        assertEquals(Set.of("new"), r.added());
        assertEquals(Set.of("old"), r.removed());
        String line = t.awaitLine("reloaded v2");
        assertTrue(line.startsWith("bot.js ") && line.contains(" ms, commands +/new -/old"), line);
        t.host.dispatch(FakeCore.message("hello"));
        t.host.dispatch(FakeCore.message("marker"));
        assertEquals(List.of("v2 hello"), t.core.until("v2 marker"), "the old handler is gone");
    }

    @Test
    void reloadKeepsOldVersionWhenNewVersionThrows() throws Exception {
        t.load("bot.js", "on.message(m => m.reply('v1 ' + m.text))");
        LoadResult r = t.load("bot.js", "on.message(m => m.reply('v2 ' + m.text))\n\nnull.boom()\n");
        assertFalse(r.loaded());
        assertEquals(3, r.error().line());
        String line = t.awaitLine("reload failed");
        assertTrue(line.contains("v1 keeps running") && line.contains("bot.js:3"), line);
        t.host.dispatch(FakeCore.message("hello"));
        t.host.dispatch(FakeCore.message("marker"));
        assertEquals(List.of("v1 hello"), t.core.until("v1 marker"), "the broken version registered nothing");
    }

    @Test
    void reloadKeepsOldVersionOnSyntaxError() throws Exception {
        t.load("bot.js", "on.message(m => m.reply('v1'))");
        LoadResult r = t.load("bot.js", "on.message(m => m.reply('v2')\n");
        assertFalse(r.loaded());
        t.host.dispatch(FakeCore.message("hello"));
        assertEquals("v1", t.core.next().text());
    }

    @Test
    void timersAreCancelledOnReload() throws Exception {
        t.load("tick.js", "every(20, () => send('@1', 'tick v1'))");
        assertEquals("tick v1", t.core.next().text());
        // 'done v2' comes ten ticks of v1's timer after 'after v2': none of them may show up between.
        t.load("tick.js", "after(30, () => send('@1', 'after v2')); after(230, () => send('@1', 'done v2'))");
        List<String> later = t.core.until("done v2");
        int afterIndex = later.indexOf("after v2");
        assertTrue(afterIndex >= 0, later.toString());
        assertTrue(later.subList(afterIndex, later.size()).stream().noneMatch(x -> x.equals("tick v1")), later.toString());
    }

    @Test
    void storeSurvivesReloadAndANewHost() throws Exception {
        String counter = """
                on.message(m => {
                  const n = (store.get('count') ?? 0) + 1
                  store.set('count', n)
                  store.set('last', {text: m.text, seen: [n]})
                  m.reply('count ' + n + ' keys ' + store.keys().join(','))
                })
                """;
        t.load("count.js", counter);
        t.host.dispatch(FakeCore.message("a"));
        assertEquals("count 1 keys count,last", t.core.next().text());
        t.load("count.js", counter + "\n// v2");
        t.host.dispatch(FakeCore.message("b"));
        assertEquals("count 2 keys count,last", t.core.next().text());
        t.close();
        t = new TestHost(dir);
        t.load("count.js", counter + "on.start(() => send('@1', JSON.stringify(store.get('last'))))");
        assertEquals("{\"text\":\"b\",\"seen\":[2]}", t.core.next().text());
        t.host.dispatch(FakeCore.message("c"));
        assertEquals("count 3 keys count,last", t.core.next().text());
    }

    @Test
    void reloadUnderAStreamOfEventsLosesAndDoublesNothing() throws Exception {
        Path file = t.write("seq.js", "on.message(m => m.reply('v1 ' + m.text))");
        t.host.load(file).get(20, TimeUnit.SECONDS);
        int total = 300;
        Thread feeder = Thread.ofPlatform().start(() -> {
            for (int i = 0; i < total; i++) t.host.dispatch(FakeCore.message(String.valueOf(i)));
        });
        for (int v = 2; v <= 6; v++) {
            t.host.load(t.write("seq.js", "on.message(m => m.reply('v" + v + " ' + m.text))")).get(20, TimeUnit.SECONDS);
        }
        feeder.join();
        int lastVersion = 0;
        for (int i = 0; i < total; i++) {
            String[] reply = t.core.next().text().split(" ");
            assertEquals(String.valueOf(i), reply[1], "event order");
            int version = Integer.parseInt(reply[0].substring(1));
            assertTrue(version >= lastVersion, "versions never go back");
            lastVersion = version;
        }
        t.host.dispatch(FakeCore.message("marker"));
        assertEquals("v6 marker", t.core.next().text(), "no event handled twice");
    }

    @Test
    void watchedFolderLoadsChangesAndStopsDeletedScripts() throws Exception {
        Path file = t.write("w.js", "on.message(m => m.reply('w1')); on.stop(() => send('@1', 'w stopped'))");
        t.host.watch(dir).forEach(f -> f.join());
        t.host.dispatch(FakeCore.message("x"));
        assertEquals("w1", t.core.next().text());

        Files.writeString(file, "on.message(m => m.reply('w2')); on.stop(() => send('@1', 'w2 stopped'))");
        t.awaitLine("reloaded v2");
        t.host.dispatch(FakeCore.message("x"));
        assertEquals("w stopped", t.core.next().text());
        assertEquals("w2", t.core.next().text());

        t.write("new.js", "on.start(() => send('@1', 'new here'))");
        assertEquals("new here", t.core.next().text());

        Files.delete(file);
        assertEquals("w2 stopped", t.core.next().text());
        t.awaitLine("stopped");
        assertEquals(List.of("new.js"), t.host.scripts());
    }

    @Test
    void oneEditorSaveIsOneReload() throws Exception {
        Path file = t.write("save.js", "// v1");
        t.host.watch(dir).forEach(f -> f.join());
        Files.writeString(file, "");
        Files.writeString(file, "// v2 half");
        Files.writeString(file, "// v2 done");
        t.awaitLine("reloaded v2");
        // A save of another file after it: the watcher reports it after anything the first save still caused.
        t.write("marker.js", "// marker");
        List<String> later = new ArrayList<>();
        for (String line; !(line = t.awaitLine("")).startsWith("marker.js "); ) later.add(line);
        assertTrue(later.stream().noneMatch(l -> l.contains("reloaded v3")), "one reload only: " + later);
    }

    @Test
    void renamedScriptStopsUnderItsOldNameAndStartsUnderTheNew() throws Exception {
        Path old = t.write("before.js", "on.start(() => send('@1', 'start')); on.stop(() => send('@1', 'stop'))");
        t.host.watch(dir).forEach(f -> f.join());
        assertEquals(new FakeCore.Sent("@1", "start"), t.core.next());
        Files.move(old, dir.resolve("after.js"));
        List<FakeCore.Sent> seen = List.of(t.core.next(), t.core.next());
        assertTrue(seen.contains(new FakeCore.Sent("@1", "stop")), seen.toString());
        assertTrue(seen.contains(new FakeCore.Sent("@1", "start")), seen.toString());
        List<String> lines = new ArrayList<>();
        while (!(has(lines, "before.js INFO stopped") && has(lines, "after.js INFO loaded v1"))) lines.add(t.awaitLine(""));
        assertTrue(has(lines, "before.js INFO stopped") && has(lines, "after.js INFO loaded v1"), lines.toString());
        assertEquals(List.of("after.js"), t.host.scripts());
    }

    private static boolean has(List<String> lines, String prefix) {
        return lines.stream().anyMatch(l -> l.startsWith(prefix));
    }
}
