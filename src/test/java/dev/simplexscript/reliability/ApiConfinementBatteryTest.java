package dev.simplexscript.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.host.HostConfig;
import dev.simplexscript.host.LoadResult;
import dev.simplexscript.host.PathPolicy;
import dev.simplexscript.host.ScriptHost;
import dev.simplexscript.host.ScriptStats;
import dev.simplexscript.protocol.Json;
import dev.simplexscript.run.BotRunner;
import dev.simplexscript.run.CoreChoice;
import dev.simplexscript.sim.people.VirtualPerson;
import dev.simplexscript.sim.world.Seen;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the host itself enforces on every script, whatever its language: files only inside the
 * files folder, scripts isolated from each other, bounded resources, and no script able to stop
 * the host. Each case passes only on the host's own refusal, named by its marker
 * ({@code file access refused:}, {@code asset refused:}, {@code timer refused:},
 * {@code send refused:}, {@code value too large}, ...) or by the reported line, never on just any
 * failure; each has a variant of the attack beside it, and the files cases a planted control
 * (the same attack from a trusted script goes through, so the battery sees an escape).
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ApiConfinementBatteryTest {
    private static final Duration REPLY = Duration.ofSeconds(20);

    // ---- files: only inside the files folder -------------------------------------------------

    /** Sends, receives and raw commands on the embedded simulator through the real client and API. */
    private static final String FILES_BOT = """
            on.message(async msg => {
              const [op, ...rest] = msg.text.split(' ')
              const arg = rest.join(' ')
              try {
                if (op === 'send') { await send(msg.chat, 'a file', { file: arg }); await msg.reply('sent ' + arg) }
                else if (op === 'raw') { await core.command(arg.replace('@ME', '@' + msg.chat.id)); await msg.reply('raw ok') }
                else return
              } catch (e) { await msg.reply('ERR ' + e.message) }
            })
            on.file(async msg => {
              if (msg.file.status !== 'rcvInvitation') return
              const to = msg.text.startsWith('to:') ? msg.text.slice(3) : undefined
              try { await files.receive(msg.file, to === undefined ? undefined : { path: to }); await msg.reply('received ' + msg.text) }
              catch (e) { await msg.reply('ERR ' + e.message) }
            })
            """;

    /** {@link #FILES_BOT} in sandboxed Groovy: the rule is the host's, whatever the language. */
    private static final String FILES_BOT_GROOVY = """
            on.message { msg ->
              def words = msg.text.split(' ', 2)
              def arg = words.length > 1 ? words[1] : ''
              try {
                if (words[0] == 'send') { send(msg.chat, 'a file', [file: arg]); msg.reply('sent ' + arg) }
                else if (words[0] == 'raw') { core.command(arg.replace('@ME', '@' + msg.chat.id)); msg.reply('raw ok') }
              } catch (e) { msg.reply('ERR ' + e.message) }
            }
            on.file { msg ->
              if (msg.file.status != 'rcvInvitation') return
              def to = msg.text.startsWith('to:') ? msg.text.substring(3) : null
              try {
                if (to == null) files.receive(msg.file) else files.receive(msg.file, [path: to])
                msg.reply('received ' + msg.text)
              } catch (e) { msg.reply('ERR ' + e.message) }
            }
            """;

    @ParameterizedTest
    @ValueSource(strings = {"files.js", "filebot.groovy"})
    void sendReadsOnlyFilesInsideTheFilesFolder(String script, @TempDir Path dir) throws Exception {
        try (Bot bot = Bot.start(dir, script, c -> c)) {
            Path outside = Files.writeString(dir.resolve("secret.txt"), "secret");
            Files.writeString(bot.files.resolve("hello.txt"), "hello");
            Files.createSymbolicLink(bot.files.resolve("planted.txt"), outside);
            Files.createSymbolicLink(bot.files.resolve("planted-dir"), dir);
            assertEquals("sent hello.txt", bot.ask("send hello.txt"), "a file inside the files folder goes out");
            for (String attack : List.of("/etc/passwd", outside.toString(), "../secret.txt", "../../../../etc/passwd",
                    "planted.txt", "planted-dir/secret.txt", bot.scripts.resolve(script).toString(), "", "missing.txt")) {
                String reply = bot.ask("send " + attack);
                assertTrue(reply.startsWith("ERR " + PathPolicy.REFUSED), "send " + attack + " -> " + reply);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"files.js", "filebot.groovy"})
    void receiveWritesOnlyNewFilesInsideTheFilesFolder(String script, @TempDir Path dir) throws Exception {
        try (Bot bot = Bot.start(dir, script, c -> c)) {
            Files.writeString(bot.files.resolve("taken.txt"), "keep me");
            Files.createSymbolicLink(bot.files.resolve("to-scripts"), bot.scripts);
            Files.createSymbolicLink(bot.files.resolve("dangling.js"), bot.scripts.resolve("evil.js"));
            List<String> attacks = List.of(bot.scripts.resolve("evil.js").toString(), "../scripts/evil.js", "to-scripts/evil.js",
                    "dangling.js", "taken.txt", "/tmp/evil.js", dir.resolve("store.db").toString());
            for (String target : attacks) {
                String reply = bot.offer("evil.js", "to:" + target);
                assertTrue(reply.startsWith("ERR " + PathPolicy.REFUSED), "receive to " + target + " -> " + reply);
            }
            assertFalse(Files.exists(bot.scripts.resolve("evil.js")), "nothing was written among the scripts");
            assertEquals("keep me", Files.readString(bot.files.resolve("taken.txt")), "nothing was overwritten");
            assertEquals(List.of(script), bot.runner.host().scripts());

            assertEquals("received plain", bot.offer("plain.txt", "plain"), "without a path the file goes to the files folder");
            awaitFile(bot.files.resolve("plain.txt"));
            Files.createDirectories(bot.files.resolve("inbox"));
            assertEquals("received to:inbox", bot.offer("a.txt", "to:inbox"));
            awaitFile(bot.files.resolve("inbox/a.txt"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"files.js", "filebot.groovy"})
    void rawCoreCommandsAreHeldToTheSameRule(String script, @TempDir Path dir) throws Exception {
        try (Bot bot = Bot.start(dir, script, c -> c)) {
            String content = "\"msgContent\":{\"type\":\"file\",\"text\":\"\"},\"mentions\":{}";
            for (String attack : List.of(
                    "/_send @ME json [{\"fileSource\":{\"filePath\":\"/etc/passwd\"}," + content + "}]",
                    "/_send @ME json [{\"filePath\":\"/etc/passwd\"," + content + "}]",
                    "/_send @ME json [{\"fileSource\":{\"file\\u0050ath\":\"/etc/passwd\"}," + content + "}]",
                    "/_send @ME json [{\"fileSource\":{\"filePath\":\"../../../etc/passwd\"}," + content + "}]",
                    "/freceive 1 /tmp/evil.js",
                    "/freceive 1 approved_relays=on " + bot.scripts.resolve("evil.js"))) {
                String reply = bot.ask("raw " + attack);
                assertTrue(reply.startsWith("ERR " + PathPolicy.REFUSED), attack + " -> " + reply);
            }
        }
    }

    @Test
    void plantedControlTrustedScriptsMayLiftTheRule(@TempDir Path dir) throws Exception {
        Path outside = Files.writeString(Files.createDirectories(dir.resolve("elsewhere")).resolve("report.txt"), "report");
        try (Bot bot = Bot.start(dir, "files.js", c -> c.withTrusted(file -> file.getFileName().toString().equals("files.js")))) {
            assertEquals("sent " + outside, bot.ask("send " + outside), "the trusted script is not confined");
        }
    }

    @Test
    void theFilesFolderMayNotHoldTheScriptsOrTheData(@TempDir Path dir) throws Exception {
        Path all = dir.resolve("all");
        Path scripts = Files.createDirectories(all.resolve("scripts"));
        Files.writeString(scripts.resolve("bot.js"), "on.message(m => {})");
        PathPolicy holdsScripts = PathPolicy.confined(all, dir.resolve("data"));
        try (ScriptHost host = new ScriptHost(HostConfig.defaults(null).withFiles(holdsScripts))) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> host.watch(scripts));
            assertTrue(refused.getMessage().contains("must not be or contain the watched script folder"), refused.getMessage());
            refused = assertThrows(IllegalArgumentException.class, () -> host.watch(all));
            assertTrue(refused.getMessage().contains("must not be or contain the watched script folder"), refused.getMessage());
        }
        IllegalArgumentException data = assertThrows(IllegalArgumentException.class,
                () -> PathPolicy.confined(all, all.resolve("data")));
        assertTrue(data.getMessage().contains("must not be or contain the host's data folder"), data.getMessage());
    }

    // ---- isolation between scripts -----------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"reader.js", "reader.groovy"})
    void assetReadsDataFilesOnly(String reader, @TempDir Path dir) throws Exception {
        Path scripts = Files.createDirectories(dir.resolve("scripts"));
        Files.writeString(scripts.resolve("faq.json"), "{\"q\": \"a\"}");
        Files.writeString(scripts.resolve("other.js"), "const token = 'other script source'");
        Files.writeString(scripts.resolve("other.test.js"), "// a test");
        Files.writeString(scripts.resolve("OtherTest.groovy"), "// a test");
        Files.writeString(scripts.resolve(".env"), "SECRET=1");
        Files.writeString(scripts.resolve("notes.txt~"), "backup");
        Files.createSymbolicLink(scripts.resolve("link.json"), scripts.resolve("other.js"));
        Files.createSymbolicLink(scripts.resolve("away.txt"), Files.writeString(dir.resolve("away.txt"), "outside"));
        String names = "'other.js', 'other.test.js', 'OtherTest.groovy', '.env', 'notes.txt~', 'link.json', 'away.txt', '../away.txt', '"
                + reader + "'";
        Files.writeString(scripts.resolve(reader), reader.endsWith(".js") ? """
                const out = []
                out.push('faq ' + asset('faq.json').q)
                for (const name of [%s]) {
                  try { asset(name); out.push('READ ' + name) } catch (e) { out.push(e.message) }
                }
                on.start(() => send('@1', out.join('\\n')))
                """.formatted(names) : """
                def out = ['faq ' + asset('faq.json').q]
                for (name in [%s]) {
                  try { asset(name); out << 'READ ' + name } catch (e) { out << e.message }
                }
                on.start { send('@1', out.join('\\n')) }
                """.formatted(names));
        ControlledCore core = new ControlledCore();
        try (ScriptHost host = new ScriptHost(HostConfig.defaults(null), core, null)) {
            host.watch(scripts).forEach(f -> assertTrue(f.join().loaded() || !f.join().script().equals(reader)));
            String report = core.next();
            List<String> lines = List.of(sentText(report).split("\n"));
            assertEquals("faq a", lines.get(0));
            assertEquals(10, lines.size(), report);
            for (String line : lines.subList(1, lines.size())) assertTrue(line.startsWith("asset refused: "), line);
        }
    }

    @Test
    void assetNeverReadsTheHostsOwnData(@TempDir Path dir) throws Exception {
        Path scripts = Files.createDirectories(dir.resolve("scripts"));
        Files.writeString(scripts.resolve("operator.json"), "{\"code\": \"claim-123\"}");
        Files.writeString(scripts.resolve("reader.js"), """
                const out = []
                for (const name of ['store.db', 'operator.json']) { try { asset(name); out.push('READ ' + name) } catch (e) { out.push(e.message) } }
                on.start(() => send('@1', out.join(' | ')))
                """);
        ControlledCore core = new ControlledCore();
        HostConfig config = HostConfig.defaults(scripts.resolve("store.db"))
                .withFiles(PathPolicy.confined(dir.resolve("files"), scripts));
        try (ScriptHost host = new ScriptHost(config, core, null)) {
            assertTrue(host.load(scripts.resolve("reader.js")).join().loaded());
            String sent = core.next();
            assertFalse(sent.contains("READ"), sent);
            assertTrue(sent.contains("asset refused: 'store.db' is the host's own data")
                    && sent.contains("asset refused: 'operator.json' is the host's own data"), sent);
        }
    }

    @Test
    void eachScriptGetsItsOwnLineToTheCore(@TempDir Path dir) throws Exception {
        ControlledCore core = new ControlledCore();
        core.mode(ControlledCore.Mode.HOLD);
        try (ScriptHost host = new ScriptHost(HostConfig.defaults(null), core, null)) {
            Path a = Files.writeString(dir.resolve("a.js"), "on.start(() => { send('@1', 'a1'); send('@1', 'a2'); send('@1', 'a3') })");
            Path b = Files.writeString(dir.resolve("b.js"), "on.message(m => {})");
            assertTrue(host.load(a).join().loaded() && host.load(b).join().loaded());
            for (int i = 0; i < 3; i++) core.next();
            Map<String, Integer> unanswered = host.stats().stream().collect(Collectors.toMap(ScriptStats::script, ScriptStats::unanswered));
            assertEquals(Map.of("a.js", 3, "b.js", 0), unanswered, "a's unanswered commands are a's alone");
            core.answerAll();
        }
    }

    // ---- resources -----------------------------------------------------------------------------

    @Test
    void timersAreCappedPerScriptAndFreedWhenFired(@TempDir Path dir) throws Exception {
        ControlledCore core = new ControlledCore();
        try (Gw gw = Gw.start(dir, core, c -> c.withLimits(HostConfig.Limits.DEFAULTS.withTimers(50)))) {
            gw.load("many.js", """
                    let made = 0, refusal = ''
                    try { for (let i = 0; i < 100000; i++) { after(60000, () => {}); made++ } } catch (e) { refusal = e.message }
                    try { every(1000, () => {}) } catch (e) { refusal += ' | ' + e.message }
                    try { schedule('* * * * *', () => {}) } catch (e) { refusal += ' | ' + e.message }
                    on.start(() => send('@1', made + ' ' + refusal))
                    """);
            String sent = core.next();
            assertTrue(sent.contains("\"50 timer refused: ") && sent.split("timer refused: ").length == 4, sent);

            gw.load("fired.js", "for (let i = 0; i < 40; i++) after(1, () => {})\non.start(() => send('@1', 'armed'))");
            assertTrue(core.next().contains("armed"));
            awaitTrue(() -> gw.stats("fired.js").timers() == 0, "fired timers are freed: " + gw.host.stats());
        }
    }

    @Test
    void cronPatternThatNeverMatchesFailsOnlyItsOwnLoad(@TempDir Path dir) throws Exception {
        ControlledCore core = new ControlledCore();
        try (Gw gw = Gw.start(dir, core, c -> c)) {
            LoadResult never = gw.load("never.js", "schedule('0 0 31 2 *', () => {})");
            assertFalse(never.loaded());
            assertTrue(never.error().getMessage().contains("never matches"), never.error().getMessage());
            LoadResult caught = gw.load("caught.js", "try { schedule('0 0 30 2 *', () => {}) } catch (e) { on.start(() => send('@1', 'caught ' + e.message)) }");
            assertTrue(caught.loaded());
            assertTrue(core.next().contains("caught schedule(\\\"0 0 30 2 *\\\"): cron pattern never matches"));

            gw.load("healthy.js", "on.message(m => send('@1', 'v1 ' + m.text))");
            LoadResult reload = gw.load("healthy.js", "on.message(m => send('@1', 'v2 ' + m.text))\nschedule('0 0 31 2 *', () => {})");
            assertFalse(reload.loaded(), "the broken reload is refused");
            gw.host.dispatch(GatewayScripts.message("hi"));
            assertTrue(core.next().contains("\"v1 hi\""), "v1 keeps running after a reload that failed in activation");
        }
    }

    @Test
    void reloadWhoseOnStartThrowsOrHangsKeepsTheOldVersion(@TempDir Path dir) throws Exception {
        ControlledCore core = new ControlledCore();
        try (Gw gw = Gw.start(dir, core, c -> c.withHandlerBudget(Duration.ofMillis(300)))) {
            gw.load("bot.js", """
                    on.start(() => send('@1', 'v1 start'))
                    on.stop(() => send('@1', 'v1 stop'))
                    on.message(m => send('@1', 'v1 ' + m.text))
                    """);
            assertTrue(core.next().contains("v1 start"));
            LoadResult thrown = gw.load("bot.js", """
                    on.message(m => send('@1', 'v2 ' + m.text))
                    every(10, () => send('@1', 'v2 tick'))
                    command('/v2', 'new command', m => {})
                    on.start(() => { throw new Error('v2 cannot start') })
                    """);
            assertFalse(thrown.loaded());
            assertTrue(thrown.error().getMessage().contains("v2 cannot start"), thrown.error().getMessage());
            assertTrue(core.next().contains("v1 stop") && core.next().contains("v1 start"), "v1 stopped, then started again");
            assertTrue(gw.host.commands().isEmpty(), "the failed version's command never appeared");
            assertEquals(0, gw.stats("bot.js").timers(), "the failed version's timer never ran");

            LoadResult hung = gw.load("bot.js", "on.message(m => send('@1', 'v3 ' + m.text))\non.start(() => { while (true) {} })");
            assertFalse(hung.loaded());
            assertTrue(hung.error().getMessage().contains("CPU budget"), hung.error().getMessage());
            assertTrue(core.next().contains("v1 stop") && core.next().contains("v1 start"));
            gw.host.dispatch(GatewayScripts.message("still"));
            assertTrue(core.next().contains("\"v1 still\""));

            LoadResult first = gw.load("fresh.js", "on.message(m => send('@1', 'fresh'))\non.start(() => null.boom())");
            assertFalse(first.loaded(), "a first load whose on.start throws is not loaded");
            assertFalse(gw.host.scripts().contains("fresh.js") && gw.stats("fresh.js").timers() > 0);
        }
    }

    @Test
    void eventQueueIsBoundedAndOverflowIsCountedAndReported(@TempDir Path dir) throws Exception {
        ControlledCore core = new ControlledCore();
        try (Gw gw = Gw.start(dir, core, c -> c.withLimits(HostConfig.Limits.DEFAULTS.withQueuedEvents(10)))) {
            gw.load("slow.js", "on.message(m => { if (m.text === 'first') gate.hold(); send('@1', m.text) })");
            gw.host.dispatch(GatewayScripts.message("first"));
            gw.scripts.gate.awaitHolding();
            for (int i = 0; i < 30; i++) gw.host.dispatch(GatewayScripts.message("m" + i));
            ScriptStats stats = gw.stats("slow.js");
            assertEquals(10, stats.queuedEvents());
            assertEquals(20, stats.droppedEvents());
            gw.lines.await("slow.js", "event queue full (10 events wait): the newest event was dropped");
            gw.scripts.gate.release();
            assertTrue(core.next().contains("first"));
            for (int i = 0; i < 10; i++) assertTrue(core.next().contains("\"m" + i + "\""), "the oldest ten are kept, in order");
        }
    }

    @Test
    void anUnawaitedSendFloodFailsFastAndHeldSendsGoOutInOrder(@TempDir Path dir) throws Exception {
        ControlledCore core = new ControlledCore();
        core.mode(ControlledCore.Mode.HOLD);
        try (Gw gw = Gw.start(dir, core, c -> c.withHandlerBudget(Duration.ofSeconds(10))
                .withLimits(HostConfig.Limits.DEFAULTS.withInFlight(8, 32)))) {
            gw.load("flood.js", """
                    on.message(m => {
                      let refused = 0, first = ''
                      for (let i = 0; i < 5000; i++) send('@1', 'x' + i).catch(e => { refused++; first = first || e.message })
                      after(0, () => console.log('refused ' + refused + ': ' + first))
                    })
                    """);
            gw.host.dispatch(GatewayScripts.message("go"));
            gw.lines.await("flood.js", "refused 4960: send refused: ");
            gw.lines.await("flood.js", "send refused: 8 commands of this script are unanswered and 32 more wait");
            assertEquals(4_960, gw.stats("flood.js").refusedCommands());
            assertEquals(40, gw.stats("flood.js").unanswered());
            core.mode(ControlledCore.Mode.ANSWER);
            List<String> out = new ArrayList<>();
            while (out.size() < 40) {
                core.answerAll();
                out.add(core.next());
            }
            for (int i = 0; i < 40; i++) assertEquals("x" + i, sentText(out.get(i)), out.get(i));
            awaitTrue(() -> gw.stats("flood.js").unanswered() == 0, "all held sends were answered");
        }
    }

    @Test
    void anAwaitingHandlerWaitsForRoomInsteadOfFailing(@TempDir Path dir) throws Exception {
        ControlledCore core = new ControlledCore();
        try (Gw gw = Gw.start(dir, core, c -> c.withLimits(HostConfig.Limits.DEFAULTS.withInFlight(1, 0)))) {
            gw.load("patient.js", "on.message(async m => { for (let i = 0; i < 20; i++) await send('@1', m.text + i) })");
            for (int e = 0; e < 5; e++) gw.host.dispatch(GatewayScripts.message("e" + e));
            for (int i = 0; i < 100; i++) assertTrue(core.next().contains("\"e"), "every awaited send goes out");
            assertEquals(0, gw.stats("patient.js").refusedCommands(), "with one command in flight, nothing awaited is refused");
        }
    }

    @Test
    void hugeOrDeepValuesAreRefusedAtTheBoundary(@TempDir Path dir) throws Exception {
        ControlledCore core = new ControlledCore();
        try (Gw gw = Gw.start(dir, core, c -> c.withHandlerBudget(Duration.ofSeconds(10)))) {
            gw.load("huge.js", """
                    const out = []
                    const tryIt = (what, v) => { try { send('@1', v); out.push(what + ' SENT') } catch (e) { out.push(what + ': ' + e.message) } }
                    tryIt('wide', new Array(200000).fill(1))
                    tryIt('sparse', (() => { const a = []; a[50000000] = 1; return a })())
                    let deep = {}; const root = deep; for (let i = 0; i < 200; i++) { deep.next = {}; deep = deep.next }
                    tryIt('deep', root)
                    tryIt('long', 'x'.repeat(5000000))
                    const wide = {}
                    for (let i = 0; i <= 100000; i++) wide['k' + i] = 0
                    tryIt('keys', wide)
                    on.start(() => send('@1', out.join(' | ')))
                    """);
            String sent = core.next();
            assertFalse(sent.contains("SENT"), sent);
            assertTrue(sent.contains("wide: value too large") && sent.contains("sparse: value too large")
                    && sent.contains("deep: value nested deeper") && sent.contains("long: value too large")
                    && sent.contains("keys: value too large"), sent);
        }
    }

    // ---- a busy machine never disables a correct bot ---------------------------------------------

    @Test
    void theBudgetCountsCpuTimeNotTimeSpentWaiting(@TempDir Path dir) throws Exception {
        ControlledCore core = new ControlledCore();
        try (Gw gw = Gw.start(dir, core, c -> c.withHandlerBudget(Duration.ofMillis(200)))) {
            gw.load("waits.js", "on.message(m => { gate.sleep(1000); send('@1', 'done ' + m.text) })");
            gw.load("spins.js", "on.message(m => { while (true) {} })");
            gw.host.dispatch(GatewayScripts.message("a"));
            assertTrue(core.next().contains("done a"), "a handler that waits five times its budget without running finishes");
            gw.lines.await("spins.js", "ran past its 200 ms CPU budget and was stopped");
            assertTrue(gw.lines.matching("waits.js ERROR").isEmpty(), gw.lines.matching("waits.js").toString());
        }
    }

    @Test
    void aHandlerBlockedPastTheLimitIsStopped(@TempDir Path dir) throws Exception {
        ControlledCore core = new ControlledCore();
        try (Gw gw = Gw.start(dir, core, c -> c.withHandlerBudget(Duration.ofMillis(200))
                .withLimits(HostConfig.Limits.DEFAULTS.withBlocked(Duration.ofMillis(500))))) {
            gw.load("stuck.js", "on.message(m => gate.hold())");
            gw.host.dispatch(GatewayScripts.message("a"));
            gw.lines.await("stuck.js", "held its thread for ");
            gw.scripts.gate.release();
        }
    }

    @Test
    void failuresWhileTheCoreIsUnavailableDoNotDisableTheScript(@TempDir Path dir) throws Exception {
        ControlledCore core = new ControlledCore();
        core.mode(ControlledCore.Mode.UNAVAILABLE);
        try (Gw gw = Gw.start(dir, core, c -> c.withMaxFailures(2))) {
            gw.load("replier.js", "on.message(async m => { await send('@1', m.text) })");
            for (int i = 0; i < 5; i++) {
                gw.host.dispatch(GatewayScripts.message("m" + i));
                gw.lines.await("replier.js", "not counted against the script: the chat core was unavailable");
            }
            assertTrue(gw.lines.matching("disabled").isEmpty(), gw.lines.matching("disabled").toString());
            core.mode(ControlledCore.Mode.ANSWER);
            gw.host.dispatch(GatewayScripts.message("back"));
            awaitTrue(() -> core.received.stream().anyMatch(c -> c.startsWith("/_send ") && sentText(c).equals("back")), "the script still answers");
        }
    }

    // ---- harnesses -------------------------------------------------------------------------------

    /** A host over {@link GatewayScripts} and a {@link ControlledCore}. */
    private record Gw(ScriptHost host, GatewayScripts scripts, ReportedLines lines, Path dir) implements AutoCloseable {
        static Gw start(Path dir, ControlledCore core, UnaryOperator<HostConfig> tweak) {
            ReportedLines lines = new ReportedLines();
            GatewayScripts scripts = new GatewayScripts();
            HostConfig config = tweak.apply(HostConfig.defaults(null).withHandlerBudget(Duration.ofSeconds(1)).withReporter(lines));
            return new Gw(new ScriptHost(config, core, null, scripts.globals()), scripts, lines, dir);
        }

        LoadResult load(String name, String text) throws Exception {
            return host.load(Files.writeString(dir.resolve(name), text)).get(30, TimeUnit.SECONDS);
        }

        ScriptStats stats(String script) {
            return host.stats().stream().filter(s -> s.script().equals(script)).findFirst().orElseThrow();
        }

        @Override
        public void close() {
            scripts.gate.release();
            host.close();
        }
    }

    /** A bot on the embedded simulator running {@link #FILES_BOT} or its Groovy twin, with alice connected. */
    private record Bot(BotRunner runner, VirtualPerson alice, Path scripts, Path files, QuietLogs quiet) implements AutoCloseable {
        static Bot start(Path dir, String script, UnaryOperator<HostConfig> tweak) throws Exception {
            Path scripts = Files.createDirectories(dir.resolve("scripts"));
            Files.writeString(scripts.resolve(script), script.endsWith(".groovy") ? FILES_BOT_GROOVY : FILES_BOT);
            QuietLogs quiet = QuietLogs.below(Level.SEVERE, "dev.simplexscript.client", "dev.simplexscript.sim");
            HostConfig config = tweak.apply(HostConfig.defaults(dir.resolve("store.db")).withReporter(new ReportedLines()));
            BotRunner runner = BotRunner.start(CoreChoice.embedded(), config, dir, status -> {});
            runner.awaitConnected(Duration.ofSeconds(10));
            for (LoadResult r : runner.load(List.of(scripts))) assertTrue(r.loaded(), r.toString());
            VirtualPerson alice = runner.simulator().orElseThrow().person("alice");
            alice.connectViaAddress();
            return new Bot(runner, alice, scripts, dir.resolve("files").toRealPath(), quiet);
        }

        String ask(String text) {
            alice.send(text);
            return reply();
        }

        String offer(String fileName, String text) {
            alice.sendFile(fileName, ("content of " + fileName).getBytes(StandardCharsets.UTF_8), text);
            return reply();
        }

        /** The bot's next text reply (its file messages, "a file", are skipped). */
        private String reply() {
            long deadline = System.nanoTime() + REPLY.toNanos();
            for (long left; (left = deadline - System.nanoTime()) > 0; ) {
                Seen seen = alice.nextMessage(Duration.ofNanos(left));
                if (seen != null && !seen.text().equals("a file")) return seen.text();
            }
            throw new AssertionError("the bot did not answer within " + REPLY);
        }

        @Override
        public void close() {
            runner.close();
            quiet.close();
        }
    }

    private static void awaitFile(Path file) throws InterruptedException {
        awaitTrue(() -> Files.isRegularFile(file), file + " was written");
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("not within 20 s: " + what);
            Thread.sleep(10);
        }
    }

    /** The text of a {@code /_send <chat> json [...]} command the real API wrote. */
    private static String sentText(String command) {
        return Json.parse(command.substring(command.indexOf(" json ") + 6)).get(0).path("msgContent").path("text").asString();
    }
}
