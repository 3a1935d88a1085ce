package dev.simplexscript.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.api.CommandInfo;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptHostJsTest {
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
    void echoRepliesToEveryMessageInOrder() throws Exception {
        assertTrue(t.load("echo.js", "on.message(async msg => { await msg.reply(`you said: ${msg.text}`) })").loaded());
        for (int i = 0; i < 20; i++) t.host.dispatch(FakeCore.message("hi " + i));
        for (int i = 0; i < 20; i++) {
            FakeCore.Sent s = t.core.next();
            assertEquals(new FakeCore.Sent("@2", "you said: hi " + i), s);
        }
    }

    @Test
    void commandGetsParsedArgumentsAndMessage() throws Exception {
        t.load("price.js", """
                command('/price', 'Show a price', (msg, args, rest) => {
                  send(msg.chat, `price of ${args[0]} in ${args[1]} (${args.length} args, rest '${rest}')`)
                })
                """);
        t.host.dispatch(FakeCore.message("/price btc eur"));
        assertEquals("price of btc in eur (2 args, rest 'btc eur')", t.core.next().text());
    }

    @Test
    void unknownCommandGetsTheConfiguredAnswerOnceForAllScripts() throws Exception {
        t.load("a.js", "command('/price', 'Show a price', msg => msg.reply('a'))");
        t.load("b.js", "command('/help', 'Help', msg => msg.reply('b'))");
        t.host.dispatch(FakeCore.message("/weather"));
        FakeCore.Sent answer = t.core.next();
        assertEquals(new FakeCore.Sent("@2", "Unknown command /weather. Commands: /help, /price"), answer);
        t.host.dispatch(FakeCore.message("/weather2"));
        assertEquals("Unknown command /weather2. Commands: /help, /price", t.core.next().text(), "only one answer before");
    }

    @Test
    void commandsArePublishedAsTheMenu() throws Exception {
        t.load("a.js", "command('/price', 'Show a price', msg => {})");
        CommandInfo expected = new CommandInfo("price", "Show a price");
        java.util.List<CommandInfo> menu;
        do {
            menu = t.core.published.poll(5, java.util.concurrent.TimeUnit.SECONDS);
        } while (menu != null && !menu.contains(expected));
        assertEquals(java.util.List.of(expected), menu);
    }

    @Test
    void awaitedSendResolvesOnTheScriptsOwnDispatcher() throws Exception {
        t.load("chain.js", """
                on.message(async msg => {
                  const r1 = await send(msg.chat, 'one')
                  const r2 = await send(msg.chat, r1.text + ' then two')
                  await msg.reply(r2.text + ' then three')
                })
                """);
        t.host.dispatch(FakeCore.message("go"));
        assertEquals("one", t.core.next().text());
        assertEquals("one then two", t.core.next().text());
        assertEquals("one then two then three", t.core.next().text());
    }

    @Test
    void throwingHandlerIsReportedWithFileAndLineAndTheScriptGoesOn() throws Exception {
        t.load("thrower.js", """
                on.message(msg => {
                  if (msg.text === 'boom') {
                    throw new Error('kaboom')
                  }
                  msg.reply('fine')
                })
                """);
        t.host.dispatch(FakeCore.message("boom"));
        String line = t.awaitLine("kaboom");
        assertTrue(line.contains("thrower.js:3"), line);
        t.host.dispatch(FakeCore.message("again"));
        assertEquals("fine", t.core.next().text());
    }

    @Test
    void unawaitedFailingSendIsLoggedAgainstTheScript() throws Exception {
        t.load("careless.js", "on.message(msg => { send('@99', 'x') })");
        t.host.dispatch(FakeCore.message("hi"));
        String line = t.awaitLine("contactNotFound");
        assertTrue(line.startsWith("careless.js "), line);
    }

    @Test
    void endlessLoopIsStoppedWhileAnotherScriptKeepsAnswering() throws Exception {
        t.load("loop.js", "on.message(msg => { if (msg.text === 'spin') { while (true) {} } msg.reply('loop ok') })");
        t.load("echo.js", "on.message(msg => msg.reply('echo ' + msg.text))");
        t.host.dispatch(FakeCore.message("spin"));
        t.host.dispatch(FakeCore.message("x"));
        assertEquals(new FakeCore.Sent("@2", "echo spin"), t.core.next());
        assertEquals(new FakeCore.Sent("@2", "echo x"), t.core.next());
        String line = t.awaitLine("budget");
        assertTrue(line.startsWith("loop.js ") && line.contains("loop.js:1"), line);
        assertEquals(new FakeCore.Sent("@2", "loop ok"), t.core.next());
    }

    @Test
    void scriptThatKeepsFailingIsDisabled() throws Exception {
        t.close();
        t = new TestHost(dir, c -> c.withMaxFailures(3));
        t.load("bad.js", "on.message(msg => { null.x })");
        for (int i = 0; i < 4; i++) t.host.dispatch(FakeCore.message("m" + i));
        String line = t.awaitLine("disabled");
        assertTrue(line.contains("3 times in a row"), line);
        assertFalse(line.isEmpty());
    }

    @Test
    void startAndStopHandlersRun() throws Exception {
        Path file = t.write("life.js", "on.start(() => send('@1', 'up')); on.stop(() => send('@1', 'down'))");
        t.host.load(file).get();
        assertEquals("up", t.core.next().text());
        t.host.unload(file).get();
        assertEquals("down", t.core.next().text());
    }

    @Test
    void rawEventHandlerGetsTheEventAsAReadOnlyObject() throws Exception {
        t.load("raw.js", "on('contactConnected', ev => send('@1', `${ev.type} ${ev.contact.localDisplayName} ${JSON.stringify(ev.contact.profile.displayName)}`))");
        tools.jackson.databind.JsonNode event = FakeCore.fixture("event-contactConnected.json").get("resp");
        t.host.dispatch(event);
        String name = event.get("contact").get("localDisplayName").asString();
        String display = event.get("contact").get("profile").get("displayName").asString();
        assertEquals("contactConnected " + name + " \"" + display + "\"", t.core.next().text());
    }

    @Test
    void asyncHandlerThatThrowsAfterAnAwaitIsReportedWithItsLine() throws Exception {
        t.load("later.js", """
                on.message(async msg => {
                  await msg.reply('first')
                  throw new Error('after await')
                })
                """);
        t.host.dispatch(FakeCore.message("x"));
        assertEquals("first", t.core.next().text());
        String line = t.awaitLine("after await");
        assertTrue(line.startsWith("later.js ") && line.contains("later.js:3"), line);
    }

    @Test
    void logAndConsoleLinesNameTheScript() throws Exception {
        t.load("talk.js", "log.warn('careful', {a: 1}, [2]); console.log('plain')");
        assertEquals("talk.js WARNING careful {\"a\":1} [2]", t.awaitLine("careful"));
        assertEquals("talk.js INFO plain", t.awaitLine("plain"));
    }

    @Test
    void connectionChangesReachTheirHandlers() throws Exception {
        t.load("conn.js", "on.connected(() => send('@1', 'up')); on.disconnected(() => send('@1', 'down'))");
        t.host.disconnected();
        assertEquals("down", t.core.next().text());
        t.host.connected();
        assertEquals("up", t.core.next().text());
    }
}
