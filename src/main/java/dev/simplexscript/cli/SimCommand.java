package dev.simplexscript.cli;

import dev.simplexscript.console.ConsoleTerminal;
import dev.simplexscript.console.PeopleConsole;
import dev.simplexscript.sim.SimOptions;
import dev.simplexscript.sim.SimulatedCore;
import dev.simplexscript.sim.json.ApiVersion;
import dev.simplexscript.sim.server.SimServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code simplex-script sim}: a simulated chat core on a WebSocket, in place of {@code simplex-chat -p}. */
@Command(name = "sim",
        description = {"Run a simulated SimpleX chat core as a WebSocket server, like 'simplex-chat -p <port>'.",
            "A bot user exists from the start; see docs/simulator.md for what is simulated."},
        mixinStandardHelpOptions = true)
public final class SimCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "5225", description = "Port to listen on (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default ${DEFAULT-VALUE}); anything else is reachable by others.")
    String host;

    @Option(names = "--v64", description = "Produce v6.4 JSON shapes instead of v6.5.")
    boolean v64;

    @Option(names = "--right-wrapper", description = "Wrap every resp in {\"Right\":...} / {\"Left\":...}, as some builds may.")
    boolean rightWrapper;

    @Option(names = "--files", defaultValue = "sim-files", description = "Folder for received files (default ${DEFAULT-VALUE}).")
    Path files;

    @Option(names = "--bot-name", defaultValue = "bot", description = "Display name of the initial user (default ${DEFAULT-VALUE}).")
    String botName;

    @Option(names = "--address", description = "Create the bot's address at start (a bot normally creates it with /_address).")
    boolean address;

    @Option(names = "--core-like", paramLabel = "RELEASE",
            description = "Parse as shipped release RELEASE (6.4 or 6.5) does, quirks included, with its JSON shapes (docs/core-quirks.md).")
    String coreLike;

    @Option(names = "--noise", description = "Mix in the connection, subscription and error events real bots see.")
    boolean noise;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!isLoopback(host)) {
            spec.commandLine().getErr().println("warning: binding " + host + ": the simulated core has no authentication;"
                    + " anyone who can reach this address can control it");
        }
        Files.createDirectories(files);
        SimOptions options = SimOptions.defaults(files).withVersion(v64 ? ApiVersion.V6_4 : ApiVersion.V6_5)
                .withRightWrapper(rightWrapper).withBotName(botName).withAddress(address).withCoreLike(coreLike).withNoise(noise);
        CountDownLatch stop = new CountDownLatch(1);
        try (SimulatedCore core = SimulatedCore.start(options); SimServer server = SimServer.start(core, host, port);
             ConsoleTerminal terminal = ConsoleTerminal.isInteractive() ? ConsoleTerminal.interactive(historyFile())
                     : ConsoleTerminal.plain(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out)) {
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            terminal.println("simulated chat core (" + (coreLike != null ? "like shipped " + coreLike : (v64 ? "v6.4" : "v6.5") + " shapes")
                    + (noise ? ", with noise" : "") + ") listening on ws://" + host + ":" + server.port()
                    + "; files in " + files.toAbsolutePath() + "; Ctrl-C stops");
            terminal.println("play the bot's contacts here: type a message as alice, /help for the commands");
            startConsole(new PeopleConsole(core, "alice", true, terminal::println), terminal);
            stop.await();
        }
        return ExitCodes.OK;
    }

    /**
     * The people console reads on its own thread and prints what the bot does as it happens; the
     * end of input (or /quit) stops the console and leaves the server running.
     */
    private static void startConsole(PeopleConsole console, ConsoleTerminal terminal) {
        Thread.ofPlatform().name("sim-console").daemon().start(() -> {
            Thread printer = Thread.ofPlatform().daemon().name("sim-console-printer").start(() -> {
                try {
                    while (true) {
                        Thread.sleep(100);
                        console.report();
                    }
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                }
            });
            try {
                for (String line; (line = terminal.readLine(console.prompt())) != null; ) {
                    if (!console.execute(line)) break;
                }
                terminal.println("people console closed; the simulated core keeps running (Ctrl-C stops it)");
            } catch (IOException e) {
                terminal.println("people console stopped: " + e.getMessage());
            } finally {
                printer.interrupt();
            }
        });
    }

    /** Console history, kept where XDG says state belongs. */
    private static Path historyFile() throws IOException {
        String state = System.getenv("XDG_STATE_HOME");
        Path dir = (state == null || state.isBlank() ? Path.of(System.getProperty("user.home"), ".local", "state") : Path.of(state))
                .resolve("simplex-script");
        Files.createDirectories(dir);
        return dir.resolve("sim-console-history");
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
