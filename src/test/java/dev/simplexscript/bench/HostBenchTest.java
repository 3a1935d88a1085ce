package dev.simplexscript.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The scale and reload measurements, against {@link FakeHost} started exactly as our host would be. */
class HostBenchTest {
    private final BenchPlan plan = BenchPlan.tiny();
    private final Path root = Bench.defaultProjectRoot();
    private final HostLauncher fakeHost = new HostLauncher(root, List.of(
            ProcessHandle.current().info().command().orElseThrow(), "-Xmx128m", "-XX:+UseSerialGC",
            "-cp", System.getProperty("java.class.path"), FakeHost.class.getName()));
    private final StringWriter progress = new StringWriter();
    private final Path logs = root.resolve("target/bench-logs");
    private LoadCore core;

    @BeforeEach
    void start() {
        core = LoadCore.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        core.close();
    }

    @Test
    void eachScriptCountOfEachLanguageGetsStartUpHeapAndThroughput() throws Exception {
        List<ScaleBench.Point> points = new ScaleBench(plan, core, fakeHost, logs, new PrintWriter(progress)).run(List.of(BenchScript.values()));
        assertEquals(BenchScript.values().length * plan.host().scriptCounts().size(), points.size());
        for (ScaleBench.Point point : points) {
            assertNull(point.failure(), () -> point + "\n" + progress);
            assertTrue(point.startupMillis() > 0, point::toString);
            assertTrue(point.heapBytes() > 0, point::toString);
            assertTrue(point.flatOut().orElseThrow().clean(), point::toString);
        }
        try (Stream<Path> scripts = Files.list(fakeHost.workDir("scale-groovy"))) {
            assertEquals(plan.host().scriptCounts().getLast(), (int) scripts.count());
        }
        StringBuilder md = new StringBuilder();
        ReportSections.scale(md, points);
        assertTrue(md.toString().contains("| groovy | 3 | "), md::toString);
    }

    @Test
    void reloadsAreTimedFromSaveToTheNewVersionsFirstAnswerIdleAndUnderLoad() throws InterruptedException {
        List<ReloadBench.Result> results = new ReloadBench(plan, core, fakeHost, logs, new PrintWriter(progress)).run(List.of(BenchScript.values()));
        assertEquals(BenchScript.values().length, results.size());
        for (ReloadBench.Result result : results) {
            assertNull(result.failure(), () -> result + "\n" + progress);
            assertEquals(plan.host().reloads(), result.idleMillis().size());
            assertEquals(plan.host().reloads(), result.loadedMillis().size());
            result.idleMillis().forEach(ms -> assertTrue(ms > 0 && ms < 5_000, result::toString));
            PhaseResult underLoad = result.underLoad().orElseThrow();
            assertTrue(underLoad.clean(), underLoad::toString);
        }
        StringBuilder md = new StringBuilder();
        ReportSections.reload(md, results);
        assertTrue(md.toString().contains("| js | ") && md.toString().contains(" | 0 / 0 |"), md::toString);
    }
}
