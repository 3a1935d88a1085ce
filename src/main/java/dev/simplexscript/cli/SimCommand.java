package dev.simplexscript.cli;

import dev.simplexscript.sim.SimOptions;
import dev.simplexscript.sim.SimulatedCore;
import dev.simplexscript.sim.json.ApiVersion;
import dev.simplexscript.sim.people.PeopleConsole;
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

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!isLoopback(host)) {
            spec.commandLine().getErr().println("warning: binding " + host + ": the simulated core has no authentication;"
                    + " anyone who can reach this address can control it");
        }
        Files.createDirectories(files);
        SimOptions options = SimOptions.defaults(files).withVersion(v64 ? ApiVersion.V6_4 : ApiVersion.V6_5)
                .withRightWrapper(rightWrapper).withBotName(botName).withAddress(address);
        CountDownLatch stop = new CountDownLatch(1);
        try (SimulatedCore core = SimulatedCore.start(options); SimServer server = SimServer.start(core, host, port)) {
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            out.println("simulated chat core (" + (v64 ? "v6.4" : "v6.5") + " shapes) listening on ws://" + host + ":" + server.port()
                    + "; files in " + files.toAbsolutePath() + "; Ctrl-C stops");
            out.println("play people on standard input, e.g. 'alice connect', 'alice say hi'; 'help' lists the commands");
            out.flush();
            startConsole(new PeopleConsole(core), out);
            stop.await();
        }
        return ExitCodes.OK;
    }

    /** The people console reads standard input on its own thread; end of input leaves the server running. */
    private static void startConsole(PeopleConsole console, PrintWriter out) {
        Thread.ofPlatform().name("sim-console").daemon().start(() -> {
            try {
                console.run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out);
            } catch (IOException e) {
                out.println("people console stopped: " + e.getMessage());
            }
        });
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
