package dev.simplexscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCommandTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private static Run test(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = RootCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 1];
        all[0] = "test";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = cli.execute(all);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void exitsWithOneWhenATestFails() throws IOException {
        Files.writeString(dir.resolve("bot.js"), "on.message(async msg => { await msg.reply('no') })\n");
        Files.writeString(dir.resolve("bot.test.js"), """
                test('expects yes', async () => {
                  const alice = sim.person('alice')
                  await alice.connect()
                  await alice.send('?')
                  expect(await alice.nextMessage()).toBe('yes')
                })
                """);
        Run run = test(dir.toString());
        assertEquals(ExitCodes.FAILED, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("  ✗ expects yes: bot.test.js:5: expected the message \"no\" to be \"yes\""), run.out());
        assertTrue(run.out().endsWith("0 passed, 1 failed" + System.lineSeparator()), run.out());
    }

    @Test
    void aPathThatIsNotATestIsAUsageError() throws IOException {
        Files.writeString(dir.resolve("bot.js"), "on.message(async msg => {})\n");
        Run missing = test(dir.resolve("nothing.test.js").toString());
        assertEquals(ExitCodes.USAGE, missing.code());
        assertTrue(missing.err().contains("no such file or folder"), missing.err());
        Run notATest = test(dir.resolve("bot.js").toString());
        assertEquals(ExitCodes.USAGE, notATest.code());
        assertTrue(notATest.err().contains("is not a test file"), notATest.err());
    }

    @Test
    void aFolderWithoutTestsFails() {
        Run run = test(dir.toString());
        assertEquals(ExitCodes.FAILED, run.code());
        assertTrue(run.err().contains("no test files"), run.err());
    }
}
