package dev.simplexscript.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.testkit.Person;
import dev.simplexscript.testkit.TestBot;
import dev.simplexscript.testutil.Patience;
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
        try (TestBot bot = TestBot.start(script, Patience.kit())) {
            Person alice = bot.person("alice");
            alice.connect();
            alice.send("/price btc");
            assertEquals("btc in EUR", alice.nextMessage().text);
            alice.send("/price");
            assertEquals("Usage: /price <coin> [currency]", alice.nextMessage().text);
            alice.send("/help");
            assertTrue(alice.nextMessage().text.contains("/name - Ask my name"));
            alice.send("/name");
            assertEquals("What is your name?", alice.nextMessage().text);
            alice.send("Alice");
            assertEquals("Hello, Alice!", alice.nextMessage().text);
            alice.send("/long");
            assertEquals("9999", alice.nextMessage().text);
            assertEquals("9999", alice.nextMessage().text);
            assertEquals("5000", alice.nextMessage().text);
            for (String expected : new String[] {"ok", "ok", "slow down"}) {
                alice.send("/limited");
                assertEquals(expected, alice.nextMessage().text);
            }
        }
    }
}
