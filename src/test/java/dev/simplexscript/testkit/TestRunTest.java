package dev.simplexscript.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner's report: one line per test, failures with the test file's line, the summary. */
class TestRunTest {
    private static final String BOT_JS = "on.message(async msg => { await msg.reply('got ' + msg.text) })\n";

    @TempDir
    Path dir;

    private record Result(TestRun.Summary summary, List<String> lines) {}

    private Result run(Path... paths) throws IOException {
        return run(Duration.ofSeconds(30), paths);
    }

    private Result run(Duration testTimeout, Path... paths) throws IOException {
        StringWriter out = new StringWriter();
        TestRun.Summary summary = new TestRun(TestOptions.defaults().withTestTimeout(testTimeout), new PrintWriter(out))
                .run(List.of(paths));
        return new Result(summary, out.toString().lines().toList());
    }

    @Test
    void jsFailuresNameTheTestFileLineAndTheSummaryCountsThem() throws IOException {
        Files.writeString(dir.resolve("bot.js"), BOT_JS);
        Files.writeString(dir.resolve("bot.test.js"), """
                test('passes', async () => {
                  const alice = sim.person('alice')
                  await alice.connect()
                  await alice.send('hi')
                  expect(await alice.nextMessage()).toBe('got hi')
                })
                test('fails on a regex', async () => {
                  const alice = sim.person('alice')
                  await alice.connect()
                  await alice.send('hi')

                  expect(await alice.nextMessage()).not.toMatch(/^GOT/i)
                })
                test('fails when the bot stays silent', async () => {
                  const alice = sim.person('alice')
                  await alice.connect()
                  await alice.nextMessage({ timeout: 200 })
                })
                """);
        Result r = run(dir);
        assertEquals(1, r.summary().passed());
        assertEquals(2, r.summary().failed());
        assertTrue(r.lines().contains("  ✓ passes"), r.lines().toString());
        assertTrue(r.lines().contains("  ✗ fails on a regex: bot.test.js:12: expected the message \"got hi\" not to match /^GOT/"),
                r.lines().toString());
        assertTrue(r.lines().contains("  ✗ fails when the bot stays silent: bot.test.js:17: alice got no message from the bot within 200 ms"),
                r.lines().toString());
        assertEquals("1 passed, 2 failed", r.lines().getLast());
    }

    @Test
    void groovyTestsRunAgainstTheirBotByConventionWithTheirLines() throws IOException {
        Files.writeString(dir.resolve("myBot.groovy"), "on.message { msg -> msg.reply('got ' + msg.text) }\n");
        Files.writeString(dir.resolve("MyBotTest.groovy"), """
                test('passes') {
                  def alice = sim.person('alice')
                  alice.connect()
                  alice.send('hi')
                  expect(alice.nextMessage()).toEqual('got hi')
                }
                test('fails') {
                  expect([1, [a: 2]]).toEqual([1, [a: 3]])
                }
                """);
        Result r = run(dir.resolve("MyBotTest.groovy"));
        assertEquals(List.of(dir.resolve("MyBotTest.groovy") + " (bot: myBot.groovy)", "  ✓ passes",
                "  ✗ fails: MyBotTest.groovy:8: expected [1,{\"a\":2}] to equal [1,{\"a\":3}]", "1 passed, 1 failed"), r.lines());
    }

    @Test
    void aHeaderLineNamesTheBotAndTestsCannotReachJava() throws IOException {
        Files.writeString(dir.resolve("other.js"), BOT_JS);
        Files.writeString(dir.resolve("sandbox.test.js"), """
                // bot: other.js
                test('no Java', () => {
                  Java.type('java.lang.System').exit(3)
                })
                test('no host classes through the kit', async () => {
                  expect(sim.getClass).toBe(undefined)
                  expect(typeof Packages).toBe('undefined')
                })
                """);
        Result r = run(dir.resolve("sandbox.test.js"));
        assertEquals(dir.resolve("sandbox.test.js") + " (bot: other.js)", r.lines().getFirst());
        assertTrue(r.lines().get(1).startsWith("  ✗ no Java: sandbox.test.js:3: "), r.lines().toString());
        assertTrue(r.lines().contains("  ✓ no host classes through the kit"), r.lines().toString());
    }

    @Test
    void aPersonHostsAGroupWithTheBotLetsOthersInAndModeratesIt() throws IOException {
        Files.writeString(dir.resolve("grouped.js"), """
                on.groupInvite(async invite => { await invite.join() })
                on.message(async msg => { await msg.reply('got ' + msg.text) })
                """);
        Files.writeString(dir.resolve("grouped.test.js"), """
                function failure(fn) {
                  try { fn() } catch (e) { return String(e.message ?? e) }
                  return 'no error'
                }
                test('their group', async () => {
                  const alice = sim.person('alice')
                  await alice.connect()
                  const g = alice.hostGroup('Theirs')
                  await alice.next('joined')
                  const carol = sim.person('carol')
                  const theirs = g.letIn(carol)
                  const spam = theirs.send('buy now')
                  expect((await carol.nextMessage()).text).toBe('got buy now')
                  expect(failure(() => g.setRole(carol, 'boss'))).toMatch('role must be one of')
                  expect(failure(() => theirs.report(spam, 'spam'))).toMatch('not a moderator')
                  g.setBotRole('moderator')
                  expect(theirs.report(spam, 'spam')).toBeTruthy()
                  expect(failure(() => theirs.moderate(spam))).toMatch('cannot moderate')
                  g.moderate(spam)
                  expect(failure(() => g.moderate(spam))).toMatch('not a message that can be moderated')
                  expect(failure(() => theirs.contactBot())).toMatch('directMessages')
                })
                """);
        Result r = run(dir.resolve("grouped.test.js"));
        assertEquals("1 passed, 0 failed", r.lines().getLast(), r.lines().toString());
    }

    @Test
    void timersFireOnlyWhenTheTestAdvancesTheClock() throws IOException {
        Files.writeString(dir.resolve("timer.js"), """
                command('/later', 'reply in a minute', msg => { after(60000, () => msg.reply('a minute later')) })
                """);
        Files.writeString(dir.resolve("timer.test.js"), """
                test('after', async () => {
                  const alice = sim.person('alice')
                  await alice.connect()
                  await alice.send('/later')
                  sim.advance(59999)
                  expect(alice.unread()).toEqual([])
                  sim.advance(1)
                  expect(await alice.nextMessage()).toBe('a minute later')
                  expect(sim.now()).toBe(60000)
                })
                """);
        Result r = run(dir.resolve("timer.test.js"));
        assertEquals("1 passed, 0 failed", r.lines().getLast(), r.lines().toString());
    }

    @Test
    void brokenTestFilesAndMissingBotsAreFailuresNotCrashes() throws IOException {
        Files.writeString(dir.resolve("lonely.test.js"), "test('x', () => {})\n");
        Files.writeString(dir.resolve("bot.js"), BOT_JS);
        Files.writeString(dir.resolve("bot.test.js"), "test('x', () => {\n");
        Result r = run(dir);
        assertEquals(0, r.summary().passed());
        assertEquals(2, r.summary().failed());
        assertTrue(r.lines().stream().anyMatch(l -> l.startsWith("  ✗ bot.test.js: bot.test.js:")), r.lines().toString());
        assertTrue(r.lines().contains("  ✗ lonely.test.js: no bot script for this test: tried lonely.js; or name it in a header line '// bot: mybot.js'"),
                r.lines().toString());
        assertThrows(IllegalArgumentException.class, () -> run(dir.resolve("bot.js")));
    }

    @Test
    void aTestThatNeverEndsIsStoppedAndTheNextTestStillRuns() throws IOException {
        Files.writeString(dir.resolve("bot.js"), BOT_JS);
        Files.writeString(dir.resolve("bot.groovy"), "on.message { msg -> msg.reply('got ' + msg.text) }\n");
        String next = " a = sim.person('a'); a.connect(); a.send('x'); expect(a.nextMessage()).toBe('got x')\n";
        Files.writeString(dir.resolve("bot.test.js"), "test('loops', () => { while (true) {} })\ntest('next', () => {\nconst" + next + "})\n");
        Files.writeString(dir.resolve("BotTest.groovy"), "test('loops') { while (true) {} }\ntest('next') {\ndef" + next + "}\n");
        Result r = run(Duration.ofMillis(1500), dir);
        assertTrue(r.lines().contains("  ✗ loops: bot.test.js:1: ran longer than 1500 ms and was stopped"), r.lines().toString());
        assertTrue(r.lines().contains("  ✗ loops: BotTest.groovy:1: ran longer than 1500 ms and was stopped"), r.lines().toString());
        assertEquals("2 passed, 2 failed", r.lines().getLast(), r.lines().toString());
    }
}
