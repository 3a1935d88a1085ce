package dev.simplexscript.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptHostGroovyTest {
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
    void echoRepliesInOrder() throws Exception {
        assertTrue(t.load("echo.groovy", "on.message { msg -> msg.reply(\"you said: ${msg.text}\") }").loaded());
        for (int i = 0; i < 10; i++) t.host.dispatch(FakeCore.message("hi " + i));
        for (int i = 0; i < 10; i++) assertEquals(new FakeCore.Sent("@2", "you said: hi " + i), t.core.next());
    }

    @Test
    void commandGetsParsedArgumentsAndCallsReturnResults() throws Exception {
        t.load("price.groovy", """
                command('/price', 'Show a price') { msg, args, rest ->
                  def result = send(msg.chat, "price of ${args[0]} in ${args[1]}")
                  msg.reply("sent: ${result.text}, ${args.size()} args, rest '${rest}'")
                }
                command('/ping') { msg -> msg.reply('pong') }
                """);
        t.host.dispatch(FakeCore.message("/price btc eur"));
        assertEquals("price of btc in eur", t.core.next().text());
        assertEquals("sent: price of btc in eur, 2 args, rest 'btc eur'", t.core.next().text());
        t.host.dispatch(FakeCore.message("/ping"));
        assertEquals("pong", t.core.next().text());
    }

    @Test
    void everydayGroovyWorksInTheSandbox() throws Exception {
        t.load("daily.groovy", """
                def counts = [:]
                def greet(name) { "hello ${name.capitalize()}" }
                total = 0
                on.message { msg ->
                  def words = msg.text.tokenize(' ')
                  words.each { w -> counts[w] = (counts[w] ?: 0) + 1 }
                  total += words.size()
                  def top = counts.max { it.value }.key
                  def list = new ArrayList([3, 1, 2]).sort().collect { it * 2 }
                  for (int i = 0; i < 3; i++) { list << i }
                  def today = java.time.LocalDate.of(2026, 1, 2).plusDays(1).toString()
                  def big = Math.max(3, 7) + Integer.parseInt('5') + (2 ** 3)
                  store.set('seen', [total: total, top: top])
                  msg.reply("${greet(msg.sender.name)} ${total} ${top} ${list} ${today} ${big} ${store.get('seen').total}")
                }
                """);
        t.host.dispatch(FakeCore.message("a b a"));
        assertEquals("hello Alice 3 a [2, 4, 6, 0, 1, 2] 2026-01-03 20 3", t.core.next().text());
    }

    @Test
    void throwingHandlerIsReportedWithFileAndLine() throws Exception {
        t.load("thrower.groovy", """
                on.message { msg ->
                  if (msg.text == 'boom') {
                    throw new IllegalStateException('kaboom')
                  }
                  msg.reply('fine')
                }
                """);
        t.host.dispatch(FakeCore.message("boom"));
        String line = t.awaitLine("kaboom");
        assertTrue(line.contains("thrower.groovy:3"), line);
        t.host.dispatch(FakeCore.message("x"));
        assertEquals("fine", t.core.next().text());
    }

    @Test
    void endlessLoopIsStoppedEvenWhenTheScriptCatchesEverything() throws Exception {
        t.load("loop.groovy", """
                on.message { msg ->
                  if (msg.text == 'spin') {
                    while (true) { try { while (true) { } } catch (Throwable t) { } }
                  }
                  msg.reply('loop ok')
                }
                """);
        t.load("echo.js", "on.message(msg => msg.reply('echo ' + msg.text))");
        t.host.dispatch(FakeCore.message("spin"));
        t.host.dispatch(FakeCore.message("x"));
        assertEquals(new FakeCore.Sent("@2", "echo spin"), t.core.next());
        assertEquals(new FakeCore.Sent("@2", "echo x"), t.core.next());
        String line = t.awaitLine("budget");
        assertTrue(line.startsWith("loop.groovy ") && line.contains("loop.groovy:3"), line);
        assertEquals(new FakeCore.Sent("@2", "loop ok"), t.core.next());
    }

    @Test
    void reloadKeepsOldVersionWhenNewVersionDoesNotCompile() throws Exception {
        t.load("bot.groovy", "command('/a', 'A') { m -> m.reply('v1') }");
        LoadResult broken = t.load("bot.groovy", "command('/a', 'A') { m -> m.reply('v2') \n");
        assertFalse(broken.loaded());
        assertTrue(t.awaitLine("reload failed").contains("bot.groovy:"));
        LoadResult ok = t.load("bot.groovy", "command('/b', 'B') { m -> m.reply('v2') }");
        assertEquals(Set.of("b"), ok.added());
        assertEquals(Set.of("a"), ok.removed());
        t.host.dispatch(FakeCore.message("/b"));
        assertEquals("v2", t.core.next().text());
    }

    @Test
    void timersAndPrintlnWork() throws Exception {
        t.load("timer.groovy", """
                def handle = every(20) { send('@1', 'tick') }
                after(10) { println 'after fired'; handle.cancel(); send('@1', 'cancelled') }
                after(210) { send('@1', 'done') }
                """);
        t.awaitLine("after fired");
        // Ten ticks would have come between 'cancelled' and 'done' had the cancel not held.
        java.util.List<String> sent = t.core.until("done");
        assertEquals("cancelled", sent.get(sent.size() - 1), sent.toString());
    }

    @Test
    void trustedScriptsRunWithoutTheSandbox() throws Exception {
        t.close();
        t = new TestHost(dir, c -> c.withTrusted(p -> p.getFileName().toString().startsWith("trusted")));
        t.load("trusted.groovy", "on.message { msg -> msg.reply(System.getProperty('java.version') != null ? 'trusted' : '?') }");
        t.load("untrusted.groovy", "on.message { msg -> msg.reply(System.getProperty('java.version')) }");
        t.host.dispatch(FakeCore.message("x"));
        assertEquals("trusted", t.core.next().text());
        String refused = t.awaitLine("is not allowed");
        assertTrue(refused.startsWith("untrusted.groovy ") && refused.contains("java.lang.System.getProperty(String)"), refused);
    }

    @Test
    void storeSurvivesReloadAndANewHost() throws Exception {
        String counter = """
                on.message { m ->
                  def n = (store.get('count') ?: 0) + 1
                  store.set('count', n)
                  m.reply("count ${n}")
                }
                """;
        t.load("count.groovy", counter);
        t.host.dispatch(FakeCore.message("a"));
        assertEquals("count 1", t.core.next().text());
        t.load("count.groovy", counter + "// v2");
        t.host.dispatch(FakeCore.message("b"));
        assertEquals("count 2", t.core.next().text());
        t.close();
        t = new TestHost(dir);
        t.load("count.groovy", counter);
        t.host.dispatch(FakeCore.message("c"));
        assertEquals("count 3", t.core.next().text());
    }

    @Test
    void reloadUnderAStreamOfEventsLosesAndDoublesNothing() throws Exception {
        t.load("seq.groovy", "on.message { m -> m.reply(\"v1 ${m.text}\") }");
        int total = 200;
        Thread feeder = Thread.ofPlatform().start(() -> {
            for (int i = 0; i < total; i++) t.host.dispatch(FakeCore.message(String.valueOf(i)));
        });
        for (int v = 2; v <= 4; v++) t.load("seq.groovy", "on.message { m -> m.reply(\"v" + v + " ${m.text}\") }");
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
        assertEquals("v4 marker", t.core.next().text(), "no event handled twice");
    }

    @Test
    void deletedScriptStopsAndItsTimersEnd() throws Exception {
        java.nio.file.Path file = t.write("w.groovy", "every(20) { send('@1', 'tick') }\non.stop { send('@1', 'bye') }");
        t.host.watch(dir).forEach(f -> f.join());
        assertEquals("tick", t.core.next().text());
        java.nio.file.Files.delete(file);
        t.awaitLine("stopped");
        // Another script speaks ten ticks later; a tick of the deleted one would come before it.
        t.load("marker.groovy", "after(200) { send('@1', 'marker') }");
        java.util.List<String> after = t.core.until("marker");
        assertTrue(after.contains("bye"), after.toString());
        assertEquals("bye", after.get(after.size() - 1), "no tick after stop: " + after);
    }

    /**
     * The event and its parts reach a sandboxed script as the shared read-only views the event
     * path builds (JsonMap, JsonList): every way of reading them works, the JSON tree under them is
     * refused (JsonMap.node() is not a Map method), and every write throws, so a second script
     * handling the same event sees it unchanged.
     */
    @Test
    void sandboxedScriptsReadEventViewsButReachNeitherTheTreeNorWrites() throws Exception {
        assertTrue(t.load("reader.groovy", """
                def attempt(Closure c) {
                  try { c(); 'CHANGED' } catch (SecurityException e) { 'refused' } catch (UnsupportedOperationException e) { 'read-only' }
                }
                on('newChatItems') { e ->
                  def items = e.chatItems
                  def content = items[0].chatItem.content
                  int n = 0
                  for (Map item in items) n++
                  Map m = e
                  List l = items
                  def (count, text) = [items.size(), items[0].chatItem.meta.itemText]
                  def kinds = items.collect { it.chatItem.content.type } + items*.chatItem*.chatDir*.type
                  def outcomes = [
                    node: attempt { e.node() }, listNode: attempt { items.node() }, klass: attempt { e.getClass() },
                    indexClass: attempt { e['chatItems'].getClass() }, put: attempt { e.put('type', 'x') },
                    property: attempt { e.type = 'x' }, subscript: attempt { content['type'] = 'x' },
                    listSet: attempt { items[0] = null }, listAdd: attempt { items << 1 },
                    entry: attempt { e.entrySet().iterator().next().value = 1 }, clear: attempt { content.msgContent.clear() },
                  ]
                  log.info("VIEW ${content.msgContent.text} ${n} ${count} ${text} ${kinds} ${m.type} ${l.size()} ${e.containsKey('user')} ${outcomes}")
                }
                on.message { msg -> log.info("MESSAGE ${msg.content.text} ${msg.content.class == null} ${msg.item.content.type}") }
                """).loaded());
        assertTrue(t.load("second.groovy", """
                on('newChatItems') { e -> log.info("SECOND ${e.type} ${e.chatItems[0].chatItem.content.msgContent.text} ${e.chatItems.size()}") }
                """).loaded());
        t.host.dispatch(FakeCore.message("look"));
        assertEquals("reader.groovy INFO VIEW look 1 1 look [rcvMsgContent, directRcv] newChatItems 1 true [node:refused, listNode:refused,"
                + " klass:refused, indexClass:refused, put:read-only, property:read-only, subscript:read-only, listSet:read-only,"
                + " listAdd:read-only, entry:read-only, clear:read-only]", t.awaitHistory("reader.groovy INFO VIEW"));
        assertEquals("reader.groovy INFO MESSAGE look true rcvMsgContent", t.awaitHistory("reader.groovy INFO MESSAGE"));
        assertEquals("second.groovy INFO SECOND newChatItems look 1", t.awaitHistory("second.groovy INFO SECOND"));
    }
}
