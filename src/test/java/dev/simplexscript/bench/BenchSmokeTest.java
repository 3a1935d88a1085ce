package dev.simplexscript.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bench at tiny size, so it never rots: every client process starts, echoes everything, is stopped. */
class BenchSmokeTest {
    private final Bench bench = new Bench(BenchPlan.tiny(), Bench.defaultProjectRoot(), Optional.empty());
    private final StringWriter progress = new StringWriter();

    @Test
    void javaClientsEchoEveryMessage() throws InterruptedException {
        List<ClientSpec> java = bench.standardClients().stream()
                .filter(c -> c.name().startsWith("raw Java") || c.name().equals(Clients.JAVA_HANDLER)).toList();
        assertEquals(3, java.size());
        BenchResults results = bench.measure(java, new PrintWriter(progress));
        assertAllClean(results.echo());
        assertTrue(results.allClean());

        String markdown = bench.report(results);
        assertTrue(markdown.contains("| " + Clients.RAW_JAVA_G1 + " | "), markdown);
        assertTrue(markdown.contains("| " + Clients.RAW_JAVA_SERIAL + " / " + Clients.RAW_JAVA_G1 + " | "), markdown);
        assertTrue(markdown.contains("| " + Clients.JAVA_HANDLER + " / " + Clients.RAW_JAVA_G1 + " | "), markdown);
        assertTrue(markdown.contains("| CPU | "), markdown);
        assertTrue(markdown.contains("| plain Java handler flat out ≥ 1.0× the raw Java client | "), markdown);
        assertTrue(markdown.contains("| " + Clients.HOST_JS + " flat out " + BenchPlan.tiny().flatOut() + " ≥ 1.0× the TypeScript SDK | – | not measured |"),
                markdown);
    }

    @Test
    void nodeClientsEchoEveryMessage() throws InterruptedException {
        Optional<String> missing = Clients.nodeMissing(Clients.nodeDir(Bench.defaultProjectRoot()), MachineInfo.nodeVersion());
        assumeTrue(missing.isEmpty(), () -> "Node clients skipped: " + missing.orElse(""));
        List<ClientSpec> node = bench.standardClients().stream()
                .filter(c -> c.name().equals(Clients.RAW_NODE) || c.name().equals(Clients.TS_PEER)).toList();
        assertEquals(2, node.size());
        BenchResults results = bench.measure(node, new PrintWriter(progress));
        assertAllClean(results.echo());
        assertTrue(results.allClean(), "the expected stall of the awaiting TypeScript bot must not count as a failure");
        PhaseResult awaiting = results.awaiting().orElseThrow().phase().orElseThrow();
        assertTrue(awaiting.stalled() && awaiting.answered() < awaiting.planned(),
                "the old TypeScript client awaiting each send was expected to stall: " + awaiting);
    }

    private void assertAllClean(Map<ClientSpec, List<RunOutcome>> outcomes) {
        outcomes.forEach((client, runs) -> {
            assertEquals(1, runs.size());
            RunOutcome run = runs.getFirst();
            assertTrue(run.ok(), () -> client.name() + ": " + run.failure() + "\n" + progress);
            assertEquals(1 + BenchPlan.tiny().rates().size(), run.phases().size());
            run.phases().forEach(phase -> assertTrue(phase.clean(), () -> client.name() + ": " + phase));
        });
    }
}
