package dev.simplexscript.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.cli.ExitCodes;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Wrong options are refused before anything is measured; the measuring itself is BenchSmokeTest's. */
class BenchMainTest {
    private final StringWriter err = new StringWriter();

    private int bench(String... args) {
        var cli = new CommandLine(new BenchMain());
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
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
