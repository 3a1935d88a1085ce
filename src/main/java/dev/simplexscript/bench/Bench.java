package dev.simplexscript.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The bench as one call: the standard clients, the runs, the Markdown report. */
public final class Bench {
    private final BenchPlan plan;
    private final Path projectRoot;
    private final MachineInfo machine = MachineInfo.describe();
    private final List<String> notes = new ArrayList<>();

    public Bench(BenchPlan plan, Path projectRoot) {
        this.plan = plan;
        this.projectRoot = projectRoot;
    }

    /** The project root: the launcher's {@code simplex.home}, Maven's project dir in tests, else the working dir. */
    public static Path defaultProjectRoot() {
        String home = System.getProperty("simplex.home", System.getProperty("simplex.project.dir", "."));
        return Path.of(home).toAbsolutePath().normalize();
    }

    /**
     * The clients every bench measures: the raw Java client under both collectors, and, when Node
     * and the pinned packages are there, the raw Node client and the TypeScript peer. A client that
     * cannot run here is left out with a note saying why.
     */
    public List<ClientSpec> standardClients() {
        List<ClientSpec> clients = new ArrayList<>();
        clients.add(Clients.rawJava(Clients.RAW_JAVA_G1, "-XX:+UseG1GC", projectRoot));
        clients.add(Clients.rawJava(Clients.RAW_JAVA_SERIAL, "-XX:+UseSerialGC", projectRoot));
        Path nodeDir = Clients.nodeDir(projectRoot);
        Optional<String> missing = Clients.nodeMissing(nodeDir, machine.node());
        if (missing.isPresent()) {
            notes.add("Node clients not measured: " + missing.get() + ".");
        } else {
            clients.add(Clients.rawNode(nodeDir, machine.node().orElseThrow()));
            clients.add(Clients.tsPeer(nodeDir, machine.node().orElseThrow()));
        }
        return clients;
    }

    /** The comparisons issue 9 asks for, shown when both sides were measured. */
    public static List<BenchReport.Ratio> ratios() {
        return List.of(
                new BenchReport.Ratio(Clients.RAW_JAVA_SERIAL, Clients.RAW_JAVA_G1),
                new BenchReport.Ratio(Clients.TS_PEER, Clients.RAW_NODE),
                new BenchReport.Ratio(Clients.RAW_JAVA_G1, Clients.RAW_NODE));
    }

    public void note(String note) {
        notes.add(note);
    }

    /** Runs every client, printing progress; each client's runs in order. */
    public Map<ClientSpec, List<RunOutcome>> measure(List<ClientSpec> clients, PrintWriter progress)
            throws InterruptedException {
        Map<ClientSpec, List<RunOutcome>> outcomes = new BenchRunner(plan, logDir(), progress).run(clients);
        notes.add("Client output of each run: `target/bench-logs/`.");
        return outcomes;
    }

    public String report(Map<ClientSpec, List<RunOutcome>> outcomes) {
        return new BenchReport(plan, machine, outcomes, notes).markdown(ratios());
    }

    private Path logDir() {
        return projectRoot.resolve("target/bench-logs");
    }
}
