package dev.simplexscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The root command refuses bad operations flags before it starts anything. */
class OpsOptionsTest {
    @TempDir
    Path dir;

    private String refused(String... flags) throws Exception {
        Path bot = Files.writeString(dir.resolve("bot.js"), "on.message(m => {})\n");
        StringWriter err = new StringWriter();
        var cli = RootCommand.commandLine();
        cli.setErr(new PrintWriter(err));
        String[] args = new String[flags.length + 3];
        System.arraycopy(flags, 0, args, 0, flags.length);
        args[flags.length] = "--data";
        args[flags.length + 1] = dir.resolve("data").toString();
        args[flags.length + 2] = bot.toString();
        assertEquals(ExitCodes.USAGE, cli.execute(args), err.toString());
        return err.toString();
    }

    @Test
    void metricsOnANonLoopbackAddressNeedsTheExplicitFlag() throws Exception {
        assertTrue(refused("--metrics", "0.0.0.0:9464").contains("add --metrics-allow-remote"));
        assertTrue(refused("--metrics", "9464").contains("--metrics takes HOST:PORT"));
        assertTrue(refused("--metrics", "127.0.0.1:http").contains("is not a port number"));
    }

    @Test
    void aShortAdminCodeAndAnUnknownLogFormatAreRefused() throws Exception {
        assertTrue(refused("--admin-code", "short").contains("at least 10"));
        assertTrue(refused("--log-format", "xml").contains("--log-format takes text or json"));
    }
}
