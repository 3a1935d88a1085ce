package dev.simplexscript.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Our host with a growing number of scripts: process start → first answer, live heap after a
 * full GC, and events/s flat out while every script handles every message (one answers).
 */
final class ScaleBench {
    /**
     * One size of one language.
     *
     * @param heapBytes live heap after loading, or -1 when the JVM could not be attached to
     * @param flatOut   events/s with all scripts active, when measured at this size
     */
    record Point(BenchScript language, int scripts, double startupMillis, long heapBytes,
                 Optional<PhaseResult> flatOut, String failure) {}

    private static final int SCALE_WINDOW = 64;

    private final BenchPlan plan;
    private final LoadCore core;
    private final HostLauncher host;
    private final Path logDir;
    private final PrintWriter progress;

    ScaleBench(BenchPlan plan, LoadCore core, HostLauncher host, Path logDir, PrintWriter progress) {
        this.plan = plan;
        this.core = core;
        this.host = host;
        this.logDir = logDir;
        this.progress = progress;
    }

    /** Each language's sizes, smallest first; a size that fails ends that language's series. */
    List<Point> run(List<BenchScript> languages) throws InterruptedException {
        List<Point> points = new ArrayList<>();
        for (BenchScript language : languages) {
            for (int scripts : plan.host().scriptCounts()) {
                Point point = measure(language, scripts);
                points.add(point);
                if (point.failure() != null) break;
            }
        }
        return points;
    }

    private Point measure(BenchScript language, int scripts) throws InterruptedException {
        String name = "scale " + language.extension() + " " + scripts;
        progress.printf("[%s] %s scripts%n", plan.name(), name);
        progress.flush();
        Path folder = ScriptFolder.write(host.workDir("scale-" + language.extension()), language, scripts);
        Launch launch;
        try {
            // Loading is the thing measured here: allow 100 ms per script beyond the plan's patience.
            Duration ready = plan.readyTimeout().plusMillis(100L * scripts);
            launch = Launch.start(core, host.spec(name, folder, ""), Launch.log(logDir, name, "run"), ready);
        } catch (Launch.Failed e) {
            progress.println("  failed: " + e.getMessage());
            return new Point(language, scripts, Double.NaN, -1, Optional.empty(), e.getMessage());
        }
        try (ClientProcess process = launch.process()) {
            OptionalLong heap = HeapProbe.usedAfterGc(process.handle());
            Optional<PhaseResult> flat = Optional.empty();
            if (scripts <= plan.host().throughputUpTo()) {
                WarmUp.untilSteady(core, plan, plan.host().warmUpMax(), Math.min(plan.window(), SCALE_WINDOW));
                // A small window: with every script handling every message the host may be slow, and
                // draining a full 1,024 would cost the bench more time than it tells.
                flat = Optional.of(core.flatOut("flat out", plan.host().scaleFlatOut(), plan.flatOutBudget(),
                        Math.min(plan.window(), SCALE_WINDOW), plan.phaseTimeout()));
            }
            Point point = new Point(language, scripts, launch.startupNanos() / 1e6, heap.orElse(-1), flat, null);
            progress.printf("  start → first answer %.0f ms, heap %s%s%n", point.startupMillis(),
                    heap.isPresent() ? "%.1f MiB".formatted(heap.getAsLong() / 1048576.0) : "unknown",
                    flat.map(p -> ", " + p).orElse(""));
            progress.flush();
            return point;
        }
    }
}
