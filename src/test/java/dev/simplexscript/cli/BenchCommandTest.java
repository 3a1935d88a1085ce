package dev.simplexscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Wrong options are refused before anything is measured; the measuring itself is BenchSmokeTest's. */
class BenchCommandTest {
    private final StringWriter err = new StringWriter();

    private int bench(String... args) {
        var cli = RootCommand.commandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "bench";
        System.arraycopy(args, 0, all, 1, args.length);
        return cli.execute(all);
    }

    @Test
    void aClientWithoutItsCoreAddressIsAUsageError() {
        assertEquals(ExitCodes.USAGE, bench("--client", "mine=node bot.js"));
        assertTrue(err.toString().contains("{url}"), err.toString());
    }

    @Test
    void aHostVariantWithoutJvmOptionsIsAUsageError() {
        assertEquals(ExitCodes.USAGE, bench("--host-variant", "Serial GC"));
        assertTrue(err.toString().contains("LABEL=JAVA_OPTS"), err.toString());
    }

    @Test
    void aMissingGraalCompilerFolderIsAUsageError() {
        assertEquals(ExitCodes.USAGE, bench("--graal-compiler", "/nonexistent/graal"));
        assertTrue(err.toString().contains("/nonexistent/graal"), err.toString());
    }
}
