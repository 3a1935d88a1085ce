package dev.simplexscript.cli;

import dev.simplexscript.console.BotConsole;
import dev.simplexscript.console.ConsoleTerminal;
import dev.simplexscript.host.HostConfig;
import dev.simplexscript.host.LoadResult;
import dev.simplexscript.http.Net;
import dev.simplexscript.http.WebhookServer;
import dev.simplexscript.ops.LogFormat;
import dev.simplexscript.ops.Operations;
import dev.simplexscript.run.BotRunner;
import dev.simplexscript.run.CoreChoice;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code simplex-script bot.js [more files or folders]}: runs bots. Subcommands do the rest
 * ({@code check}, {@code new}, {@code sim}, {@code encode}, {@code test}).
 */
@Command(name = "simplex-script",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Run SimpleX Chat bots written as hot-reloaded JavaScript or Groovy scripts.",
            "With no core given, uses the chat core at ws://localhost:5225 when one answers there, and otherwise"
                    + " the embedded simulated core with a console in which you play the bot's contacts."},
        subcommands = {EncodeCommand.class, SimCommand.class, CheckCommand.class, NewCommand.class, TestCommand.class})
public final class RootCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SCRIPT", arity = "0..*",
            description = "Bot scripts (.js, .groovy) or folders of them; each is watched and reloaded on save.")
    List<Path> scripts = List.of();

    static final class CoreSelection {
        @Option(names = "--core", paramLabel = "URL", description = "Use the real chat core at URL (retrying until it answers).")
        URI core;

        @Option(names = "--sim", description = "Use the embedded simulated core even if a real one is running.")
        boolean sim;
    }

    @ArgGroup(exclusive = true)
    CoreSelection selection;

    @Option(names = "--allow-remote", description = "Allow a ws:// core that is not on this machine (the bot API is unencrypted and unauthenticated).")
    boolean allowRemote;

    @Option(names = "--outage-wait", defaultValue = "60s", converter = DurationConverter.OrZero.class,
            description = "How long API calls made while the chat core is away wait for it before they fail with"
                    + " \"core unavailable\"; 0 fails them at once (default ${DEFAULT-VALUE}).")
    Duration outageWait;

    @Mixin
    RunOptions run;

    @Mixin
    HttpOptions http;

    @Mixin
    OpsOptions ops;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new RootCommand());
        cli.setExecutionExceptionHandler((ex, line, parseResult) -> {
            line.getErr().println("error: " + ex.getMessage());
            return ExitCodes.INTERNAL;
        });
        return cli;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (scripts.isEmpty()) {
            spec.commandLine().usage(out);
            return ExitCodes.USAGE;
        }
        for (Path script : scripts) {
            if (!Files.exists(script)) {
                err.println("error: " + script + " does not exist");
                return ExitCodes.USAGE;
            }
        }
        Path store = run.data.resolve("store.db");
        LogFormat format;
        Operations.Settings operations;
        try {
            format = ops.logFormat();
            operations = ops.settings(run.data, store);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        format.install(Clock.systemUTC());
        CoreChoice core = selection == null ? CoreChoice.detect()
                : selection.sim ? CoreChoice.embedded() : new CoreChoice(selection.core, allowRemote);
        core = core.withOutageWait(outageWait);
        Files.createDirectories(run.data);
        // On a terminal the console owns the screen: every line of the process goes above its prompt.
        try (ConsoleTerminal terminal = core.simulated() && ConsoleTerminal.isInteractive()
                ? ConsoleTerminal.interactive(run.data.resolve("console-history"))
                : ConsoleTerminal.plain(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out)) {
            if (terminal.interactive()) {
                terminal.captureSystemStreams();
                out = terminal.writer();
                err = terminal.writer();
            }
            return run(core, terminal, out, err, store, format, operations);
        }
    }

    private int run(CoreChoice core, ConsoleTerminal terminal, PrintWriter out, PrintWriter err, Path store,
                    LogFormat format, Operations.Settings operations) throws Exception {
        Clock clock = Clock.systemUTC();
        Consumer<String> status = line -> format.status(err, clock, line);
        HostConfig config;
        try {
            config = run.hostConfig(store, format.reporter(err, clock)).withHttp(http.services());
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Optional<WebhookServer> webhooks;
        try {
            webhooks = http.serve(config.http(), (script, message) -> config.reporter().report(script, Level.WARNING, message));
        } catch (IllegalArgumentException | IOException e) {
            err.println("error: " + e.getMessage());
            config.http().net().close();
            return ExitCodes.USAGE;
        }
        try (BotRunner bot = BotRunner.start(core, config, run.data, status, operations);
             Net net = config.http().net()) {
            webhooks.ifPresent(server -> status.accept("webhook routes served on http://" + server.address().getHostString() + ":"
                    + server.address().getPort()));
            status.accept(core.simulated()
                    ? "no chat core at " + CoreChoice.DEFAULT_CORE + ": using the embedded simulated core (--core URL for a real one)"
                    : "using the chat core at " + core.uri());
            awaitCore(bot, core, status);
            List<LoadResult> loads;
            try {
                loads = bot.load(scripts);
            } catch (IllegalArgumentException e) {
                // Not a bot script, or a files folder that holds the scripts: the user's to fix.
                err.println("error: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            if (loads.stream().noneMatch(LoadResult::loaded)) {
                err.println("error: no script could be loaded");
                return ExitCodes.FAILED;
            }
            // Ctrl-C and SIGTERM: on.stop handlers run, the store is flushed, the socket closed.
            Runtime.getRuntime().addShutdownHook(new Thread(bot::close, "shutdown"));
            if (core.simulated()) {
                if (terminal.interactive()) out.println("You are alice, a contact of the bot. Type a message; /help for console commands.");
                new BotConsole(bot, terminal).run();
            } else {
                new CountDownLatch(1).await();
            }
            return ExitCodes.OK;
        } finally {
            webhooks.ifPresent(WebhookServer::close);
        }
    }

    private static void awaitCore(BotRunner bot, CoreChoice core, Consumer<String> status) throws InterruptedException {
        try {
            bot.awaitConnected(Duration.ofSeconds(5));
        } catch (TimeoutException e) {
            status.accept("waiting for the chat core at " + core.uri() + " (start it with: simplex-chat -p " + core.uri().getPort() + ")");
            while (true) {
                try {
                    bot.awaitConnected(Duration.ofMinutes(1));
                    return;
                } catch (TimeoutException stillWaiting) {
                    status.accept("still waiting for the chat core at " + core.uri());
                }
            }
        }
    }
}
