package dev.simplexscript.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The bench as one call: the standard clients, the runs, the Markdown report. */
public final class Bench {
    private final BenchPlan plan;
    private final Path projectRoot;
    private final Optional<HostLauncher> host;
    private final Map<String, String> hostVariants = new LinkedHashMap<>();
    private final MachineInfo machine = MachineInfo.describe();
    private final List<String> notes = new ArrayList<>();

    /**
     * @param host how to start our host, when this build has it: then it is measured too, with its
     *             start-up, scale and reload figures
     */
    public Bench(BenchPlan plan, Path projectRoot, Optional<HostLauncher> host) {
        this.plan = plan;
        this.projectRoot = projectRoot;
        this.host = host;
    }

    /** The project root: the launcher's {@code simplex.home}, Maven's project dir in tests, else the working dir. */
    public static Path defaultProjectRoot() {
        String home = System.getProperty("simplex.home", System.getProperty("simplex.project.dir", "."));
        return Path.of(home).toAbsolutePath().normalize();
    }

    /**
     * The clients every bench measures: the raw Java client under both collectors, our client with a
     * plain Java handler, and, when Node
     * and the pinned packages are there, the raw Node client and the TypeScript peer; our host with
     * each language's echo bot when it is built in. A client that cannot run here is left out
     * with a note saying why.
     */
    public List<ClientSpec> standardClients() {
        List<ClientSpec> clients = new ArrayList<>();
        clients.add(Clients.rawJava(Clients.RAW_JAVA_G1, "-XX:+UseG1GC", projectRoot));
        clients.add(Clients.rawJava(Clients.RAW_JAVA_SERIAL, "-XX:+UseSerialGC", projectRoot));
        clients.add(Clients.javaHandler("-XX:+UseG1GC", projectRoot));
        Path nodeDir = Clients.nodeDir(projectRoot);
        Optional<String> missing = Clients.nodeMissing(nodeDir, machine.node());
        if (missing.isPresent()) {
            notes.add("Node clients not measured: " + missing.get() + ".");
        } else {
            clients.add(Clients.rawNode(nodeDir, machine.node().orElseThrow()));
            clients.add(Clients.tsPeer(nodeDir, machine.node().orElseThrow()));
        }
        if (host.isPresent()) {
            clients.add(hostEcho(Clients.HOST_JS, BenchScript.JAVASCRIPT, ""));
            hostVariants.forEach((label, javaOpts) ->
                    clients.add(hostEcho(Clients.HOST_JS + ", " + label, BenchScript.JAVASCRIPT, javaOpts)));
            clients.add(hostEcho(Clients.HOST_GROOVY, BenchScript.GROOVY, ""));
        } else {
            notes.add("Our host not measured: this bench was given no host launcher (start-up, scale and reload figures"
                    + " need it too).");
        }
        return clients;
    }

    private ClientSpec hostEcho(String name, BenchScript language, String javaOpts) {
        HostLauncher launcher = host.orElseThrow();
        Path folder = launcher.workDir("echo-" + language.extension());
        return launcher.spec(name, ScriptFolder.write(folder, language, 1), javaOpts);
    }

    /**
     * Also measure our host's JavaScript echo with these JVM options, labelled so in the report
     * (e.g. another collector, or {@link Clients#optimizingGraalJs GraalJS's optimizing compiler}).
     */
    public void hostVariant(String label, String javaOpts) {
        hostVariants.put(label, javaOpts);
    }

    /** A line for the report's notes. */
    public void note(String note) {
        notes.add(note);
    }

    /** The comparisons issue 13 asks for, shown when both sides were measured. */
    public static List<BenchReport.Ratio> ratios() {
        return List.of(
                new BenchReport.Ratio(Clients.HOST_JS, Clients.TS_PEER),
                new BenchReport.Ratio(Clients.HOST_JS, Clients.RAW_NODE),
                new BenchReport.Ratio(Clients.HOST_JS_OPTIMIZING, Clients.TS_PEER),
                new BenchReport.Ratio(Clients.HOST_JS_OPTIMIZING, Clients.RAW_NODE),
                new BenchReport.Ratio(Clients.HOST_JS_OPTIMIZING, Clients.HOST_JS),
                new BenchReport.Ratio(Clients.HOST_GROOVY, Clients.TS_PEER),
                new BenchReport.Ratio(Clients.JAVA_HANDLER, Clients.RAW_JAVA_G1),
                new BenchReport.Ratio(Clients.RAW_JAVA_SERIAL, Clients.RAW_JAVA_G1),
                new BenchReport.Ratio(Clients.TS_PEER, Clients.RAW_NODE),
                new BenchReport.Ratio(Clients.RAW_JAVA_G1, Clients.RAW_NODE));
    }

    /**
     * Runs every client; then, beside the TypeScript peer, the same bot awaiting each send; then,
     * with our host, the scale and reload measurements. Prints progress as it goes.
     */
    public BenchResults measure(List<ClientSpec> clients, PrintWriter progress) throws InterruptedException {
        Path logs = projectRoot.resolve("target/bench-logs");
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the bench log folder " + logs, e);
        }
        notes.add("Client output of each run: `target/bench-logs/`.");
        long start = System.nanoTime();
        try (LoadCore core = LoadCore.start()) {
            return measure(core, clients, logs, progress);
        } finally {
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            notes.add("The bench took %d min %02d s.".formatted(seconds / 60, seconds % 60));
        }
    }

    private BenchResults measure(LoadCore core, List<ClientSpec> clients, Path logs, PrintWriter progress)
            throws InterruptedException {
        var echo = new BenchRunner(plan, core, logs, progress).run(clients);
        Optional<StallCheck.Result> awaiting = Optional.empty();
        if (clients.stream().anyMatch(c -> c.name().equals(Clients.TS_PEER))) {
            awaiting = Optional.of(StallCheck.run(plan, core, Clients.nodeDir(projectRoot), logs, progress));
        }
        List<ScaleBench.Point> scale = List.of();
        List<ReloadBench.Result> reload = List.of();
        if (host.isPresent()) {
            List<BenchScript> working = hostLanguagesThatRan(echo);
            scale = new ScaleBench(plan, core, host.get(), logs, progress).run(working);
            reload = new ReloadBench(plan, core, host.get(), logs, progress).run(working);
        }
        if (core.strays() > 0) {
            notes.add(core.strays() + " answers matched no message of the phase they came in (late answers after a"
                    + " stall, or a text the core never sent).");
        }
        return new BenchResults(echo, awaiting, scale, reload);
    }

    /** The languages whose echo bot ran on our host: the others would only fail again, slowly. */
    private List<BenchScript> hostLanguagesThatRan(Map<ClientSpec, List<RunOutcome>> echo) {
        Map<String, BenchScript> byClient = Map.of(Clients.HOST_JS, BenchScript.JAVASCRIPT,
                Clients.HOST_GROOVY, BenchScript.GROOVY);
        List<BenchScript> working = new ArrayList<>();
        echo.forEach((client, runs) -> {
            BenchScript language = byClient.get(client.name());
            if (language != null && runs.stream().anyMatch(RunOutcome::ok)) working.add(language);
            else if (language != null) notes.add("No scale or reload figures for " + language.extension()
                    + ": its echo bot did not run on our host.");
        });
        return working;
    }

    public String report(BenchResults results) {
        return new BenchReport(plan, machine, results, notes).markdown(ratios());
    }
}
