package dev.simplexscript.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.host.LoadResult;
import dev.simplexscript.sim.people.VirtualPerson;
import dev.simplexscript.testing.BotTester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The stdlib's helpers, the same names in both languages, used by real bots against the simulator. */
class StdlibTest {
    private static final String JS = """
            const { router, ask, isAnswer, chunk, rateLimit } = require('simplex/stdlib')
            const limit = rateLimit({ max: 2, perMs: 60000 })
            router()
              .command('/price <coin> [currency]', 'Show a price', (msg, { coin, currency }) =>
                msg.reply(`${coin} in ${currency || 'EUR'}`))
              .command('/name', 'Ask my name', async msg => {
                const answer = await ask(msg.chat, 'What is your name?')
                await msg.reply(`Hello, ${answer.text}!`)
              })
              .command('/long', 'A long text', async msg => {
                for (const piece of chunk('word '.repeat(5000), 10000)) await msg.reply(`${piece.length}`)
              })
              .command('/limited', 'Rate limited', msg => msg.reply(limit.allow(msg.chat) ? 'ok' : 'slow down'))
              .install()
            on.message(msg => { if (isAnswer(msg)) log.info('answer skipped') })
            """;

    private static final String GROOVY = """
            def std = require('simplex/stdlib')
            def limit = std.rateLimit(max: 2, perMs: 60000)
            std.router()
              .command('/price <coin> [currency]', 'Show a price') { msg, args -> msg.reply("${args.coin} in ${args.currency ?: 'EUR'}") }
              .command('/name', 'Ask my name') { msg, args ->
                std.ask(msg.chat, 'What is your name?') { answer -> msg.reply("Hello, ${answer.text}!") }
              }
              .command('/long', 'A long text') { msg, args ->
                std.chunk('word ' * 5000, 10000).each { piece -> msg.reply("${piece.length()}") }
              }
              .command('/limited', 'Rate limited') { msg, args -> msg.reply(limit.allow(msg.chat) ? 'ok' : 'slow down') }
              .install()
            """;

    @ParameterizedTest
    @ValueSource(strings = {"js", "groovy"})
    void routerAskChunkAndRateLimitWork(String language, @TempDir Path dir) throws IOException {
        Path script = dir.resolve("helpers." + language);
        Files.writeString(script, language.equals("js") ? JS : GROOVY);
        try (BotTester tester = BotTester.start(script)) {
            for (LoadResult load : tester.loads()) assertTrue(load.loaded(), String.valueOf(load.error()));
            VirtualPerson alice = tester.person("alice");
            alice.send("/price btc");
            assertEquals("btc in EUR", tester.nextMessage(alice).text());
            alice.send("/price");
            assertEquals("Usage: /price <coin> [currency]", tester.nextMessage(alice).text());
            alice.send("/help");
            assertTrue(tester.nextMessage(alice).text().contains("/name - Ask my name"));
            alice.send("/name");
            assertEquals("What is your name?", tester.nextMessage(alice).text());
            alice.send("Alice");
            assertEquals("Hello, Alice!", tester.nextMessage(alice).text());
            alice.send("/long");
            assertEquals("9999", tester.nextMessage(alice).text());
            assertEquals("9999", tester.nextMessage(alice).text());
            assertEquals("5000", tester.nextMessage(alice).text());
            for (String expected : new String[] {"ok", "ok", "slow down"}) {
                alice.send("/limited");
                assertEquals(expected, tester.nextMessage(alice).text());
            }
        }
    }
}
