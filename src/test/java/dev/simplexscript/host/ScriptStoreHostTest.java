package dev.simplexscript.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store as scripts reach it: one per script identity, data only, in both languages. */
class ScriptStoreHostTest {
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
    void scriptsOfTheSameNameInDifferentFoldersKeepSeparateStores() throws Exception {
        Files.createDirectories(dir.resolve("one"));
        Files.createDirectories(dir.resolve("two"));
        String counter = """
                on.message(m => {
                  const n = (store.get('count') ?? 0) + 1
                  store.set('count', n)
                  m.reply(`%s ${n}`)
                })
                """;
        assertLoaded(t.load("one/count.js", counter.formatted("one")));
        t.host.dispatch(FakeCore.message("a"));
        assertEquals("one 1", t.core.next().text());
        t.host.dispatch(FakeCore.message("b"));
        assertEquals("one 2", t.core.next().text());
        t.host.unload(dir.resolve("one/count.js")).get(10, TimeUnit.SECONDS);
        assertLoaded(t.load("two/count.js", counter.formatted("two")));
        t.host.dispatch(FakeCore.message("c"));
        assertEquals("two 1", t.core.next().text());
    }

    @Test
    void aGroovyClosureInAValueIsRefusedNamingWhereItIs() throws Exception {
        assertLoaded(t.load("keep.groovy", """
                on.message { m ->
                  try {
                    store.set('ui', [title: 'menu', buttons: [[label: 'ok', onClick: { -> 'clicked' }]]])
                    m.reply('stored')
                  } catch (e) {
                    m.reply(e.message)
                  }
                }
                """));
        t.host.dispatch(FakeCore.message("go"));
        String reply = t.core.next().text();
        // Like a JS function, a closure is refused on its way out of the script, before the store sees it.
        assertTrue(reply.contains("a closure at argument 2.buttons[0].onClick cannot be passed"), reply);
    }

    @Test
    void aJsHostObjectInAValueIsRefusedNamingWhereItIs() throws Exception {
        assertLoaded(t.load("keep.js", """
                on.message(m => {
                  try {
                    store.set('ui', {title: 'menu', 'the logger': [1, log]})
                    m.reply('stored')
                  } catch (e) {
                    m.reply(e.message)
                  }
                  try {
                    store.set('ui', {title: 'menu', onClick: () => 1})
                    m.reply('stored')
                  } catch (e) {
                    m.reply(e.message + '; ui is ' + store.get('ui'))
                  }
                })
                """));
        t.host.dispatch(FakeCore.message("go"));
        String reply = t.core.next().text();
        assertTrue(reply.contains("value[\"the logger\"][1] is a ScriptLog") && reply.contains("only data"), reply);
        // A JS function is refused on the way out of the context, before the store sees it.
        String function = t.core.next().text();
        assertTrue(function.contains("function") && function.endsWith("; ui is null"), function);
    }

    private static void assertLoaded(LoadResult result) {
        assertTrue(result.loaded(), () -> "did not load: " + result);
    }
}
