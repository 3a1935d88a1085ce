package dev.simplexscript.ops;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.console.BotConsole;
import dev.simplexscript.console.ConsoleTerminal;
import dev.simplexscript.host.HostConfig;
import dev.simplexscript.run.BotRunner;
import dev.simplexscript.run.CoreChoice;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded simulator's console plays the operator as any phone would: claim, then deploy a file. */
class ConsoleOperatorTest {
    @TempDir
    Path dir;

    @Test
    void theConsoleClaimsAndDeploysAFile() throws Exception {
        Path bots = Files.createDirectories(dir.resolve("bots"));
        Files.writeString(bots.resolve("echo.js"), OperatorChatTest.ECHO);
        Path upload = Files.writeString(dir.resolve("hello.js"), "command('/hello', 'Greets', async msg => { await msg.reply('hi there') })\n");
        Path data = Files.createDirectories(dir.resolve("data"));
        Operations.Settings settings = new Operations.Settings(true, OpsBot.CODE, null, data, null, NotificationPace.DEFAULT);
        StringWriter screen = new StringWriter();
        String input = String.join("\n", "/admin claim " + OpsBot.CODE, "/file " + upload + " /admin deploy", "/admin scripts", "") ;
        try (BotRunner bot = BotRunner.start(CoreChoice.embedded(), HostConfig.defaults(null), data, line -> { }, settings)) {
            bot.awaitConnected(OpsBot.WAIT);
            bot.load(List.of(bots));
            ConsoleTerminal terminal = ConsoleTerminal.plain(new BufferedReader(new StringReader(input)), new PrintWriter(screen, true));
            new BotConsole(bot, terminal).run();
        }
        String shown = screen.toString();
        assertTrue(shown.contains("bot → alice: You are now the operator"), shown);
        assertTrue(shown.contains("bot → alice: deployed hello.js: v1 running, commands +/hello"), shown);
        assertTrue(shown.contains("bot → alice: echo.js v1 running\nhello.js v1 running"), shown);
        assertTrue(!shown.contains("echo: /admin"), "no script saw an /admin line: " + shown);
    }
}
