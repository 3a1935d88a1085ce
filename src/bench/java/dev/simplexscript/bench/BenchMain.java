package dev.simplexscript.bench;

import dev.simplexscript.cli.ExitCodes;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code scripts/bench}: echo throughput and latency of every client against a load core, as
 * Markdown. A developer tool: it runs from a checkout (its Node clients and the launcher live
 * there) and is built with the tests, never shipped in the jar.
 */
@Command(name = "scripts/bench",
        description = {
            "Measure echo throughput and event-to-reply latency of the raw Java and Node clients, the old"
                    + " TypeScript client and ours against a load-generating core on 127.0.0.1, and write"
                    + " the table with the machine's description.",
            "Takes under 10 minutes on 2 cores (--quick: about a minute). Run it on a quiet machine."},
        mixinStandardHelpOptions = true)
public final class BenchMain implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "One short run per client instead of three full ones.")
    boolean quick;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "docs/BENCHMARKS.md",
            description = "Where to write the Markdown report, relative to the project root (default: ${DEFAULT-VALUE})."
                    + " What follows the hand-written marker in an existing file is kept.")
    Path out;

    @Option(names = "--client", paramLabel = "NAME=COMMAND",
            description = "Also measure this client: a command line with {url} where the core's address goes,"
                    + " e.g. 'my bot=node bot.js {url}'. Repeatable.")
    List<String> extraClients = new ArrayList<>();

    @Option(names = "--graal-compiler", paramLabel = "DIR",
            description = "Also measure our JavaScript echo with GraalJS's optimizing compiler: DIR holds the"
                    + " compiler, truffle-compiler, collections and word jars of the polyglot version in use.")
    Path graalCompiler;

    @Option(names = "--host-variant", paramLabel = "LABEL=JAVA_OPTS",
            description = "Also measure our JavaScript echo with these JVM options, e.g. 'Serial GC=-XX:+UseSerialGC'."
                    + " Repeatable.")
    List<String> hostVariants = new ArrayList<>();

    @Option(names = "--note", paramLabel = "TEXT",
            description = "A line for the report's notes, e.g. what else ran on the machine. Repeatable.")
    List<String> notes = new ArrayList<>();

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter console = spec.commandLine().getOut();
        Path root = Bench.defaultProjectRoot();
        Bench bench = new Bench(quick ? BenchPlan.quick() : BenchPlan.full(), root, Optional.of(HostLauncher.of(root)));
        notes.forEach(bench::note);
        if (graalCompiler != null) {
            if (!Files.isDirectory(graalCompiler)) {
                spec.commandLine().getErr().println("error: --graal-compiler: no such folder: " + graalCompiler);
                return ExitCodes.USAGE;
            }
            bench.hostVariant(Clients.OPTIMIZING, Clients.optimizingGraalJs(graalCompiler));
        }
        for (String variant : hostVariants) {
            int eq = variant.indexOf('=');
            if (eq <= 0) {
                spec.commandLine().getErr().println("error: --host-variant expects LABEL=JAVA_OPTS, got: " + variant);
                return ExitCodes.USAGE;
            }
            bench.hostVariant(variant.substring(0, eq).trim(), variant.substring(eq + 1).trim());
        }
        List<ClientSpec> clients = new ArrayList<>(bench.standardClients());
        try {
            extraClients.forEach(text -> clients.add(ClientSpec.parse(text, root)));
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        BenchResults results = bench.measure(clients, console);
        String markdown = bench.report(results);
        console.println();
        console.println(markdown);
        Path target = root.resolve(out);
        Files.createDirectories(target.toAbsolutePath().getParent());
        String previous = Files.exists(target) ? Files.readString(target) : "";
        Files.writeString(target, BenchReport.keepingHandWritten(markdown, previous));
        console.println("Written to " + target);
        if (results.allClean()) return ExitCodes.OK;
        spec.commandLine().getErr().println("error: a client failed, lost, doubled or had a command refused; see the report");
        return ExitCodes.FAILED;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }
}
