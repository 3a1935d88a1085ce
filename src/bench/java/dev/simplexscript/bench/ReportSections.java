package dev.simplexscript.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The report's sections beyond the echo table: awaiting in the handler, and our host's scale and hot reload. */
final class ReportSections {
    private ReportSections() {}

    static void awaiting(StringBuilder md, Optional<StallCheck.Result> awaiting, boolean hostMeasured) {
        if (awaiting.isEmpty()) return;
        md.append("## A handler that awaits its own send, flat out\n\n");
        StallCheck.Result r = awaiting.get();
        if (r.failure() != null) {
            md.append(StallCheck.TS_AWAITING).append(" could not run: ").append(r.failure().lines().findFirst().orElse(""))
                    .append("\n\n");
            return;
        }
        PhaseResult p = r.phase().orElseThrow();
        md.append("%s: %,d of %,d messages answered%s.".formatted(StallCheck.TS_AWAITING, p.answered(), p.planned(),
                p.stalled() ? ", then it stalled (nothing answered for 3 s)" : ", no stall"));
        md.append(hostMeasured
                ? " Our host's JavaScript echo above awaits every send in its handler too; its lost and stalls columns show whether it kept up.\n\n"
                : "\n\n");
    }

    static void scale(StringBuilder md, List<ScaleBench.Point> points) {
        if (points.isEmpty()) return;
        md.append("## Our host with many scripts\n\n")
                .append("One echo script and the rest listeners (each handles every message, answers none), in a"
                        + " watched folder; one run per size. Heap: live heap after a full GC, read with `jcmd`"
                        + " once the first answer came. Each added script: the growth in start-up and heap from the"
                        + " language's smallest size, divided by the scripts added (flat or falling means linear or"
                        + " better).\n\n")
                .append("| Language | Scripts | Start → first answer (ms) | Heap (MiB) | Each added script: ms / KiB"
                        + " | Flat out (msg/s) | Lost / doubled |\n")
                .append("|---|---|---|---|---|---|---|\n");
        Map<BenchScript, ScaleBench.Point> smallest = new EnumMap<>(BenchScript.class);
        for (ScaleBench.Point p : points) {
            md.append("| ").append(p.language().extension()).append(" | %,d".formatted(p.scripts()));
            if (p.failure() != null) {
                md.append(" | failed: ").append(p.failure().lines().findFirst().orElse("")).append(" | | | | |\n");
                continue;
            }
            ScaleBench.Point base = smallest.computeIfAbsent(p.language(), l -> p);
            int added = p.scripts() - base.scripts();
            String growth = added == 0 ? "–" : "%.1f / %s".formatted((p.startupMillis() - base.startupMillis()) / added,
                    p.heapBytes() < 0 || base.heapBytes() < 0 ? "–" : "%.0f".formatted((p.heapBytes() - base.heapBytes()) / 1024.0 / added));
            md.append(" | %,.0f".formatted(p.startupMillis()))
                    .append(" | ").append(p.heapBytes() < 0 ? "–" : "%.1f".formatted(p.heapBytes() / 1048576.0))
                    .append(" | ").append(growth)
                    .append(" | ").append(p.flatOut().map(f -> "%,.0f".formatted(f.throughput())).orElse("–"))
                    .append(" | ").append(p.flatOut().map(f -> f.lost() + " / " + f.doubled()).orElse("–")).append(" |\n");
        }
        md.append('\n');
    }

    static void reload(StringBuilder md, List<ReloadBench.Result> results) {
        if (results.isEmpty()) return;
        md.append("## Hot reload\n\n")
                .append("Save (write a temporary file, rename it over the script) → first answer of the new version."
                        + " Idle: a probe message every 5 ms; under load: 1,000 messages/s throughout, every one"
                        + " of which must be answered exactly once across the swaps.\n\n")
                .append("| Language | Idle p50 / p99 / max (ms) | Under 1,000 msg/s p50 / p99 / max (ms) | Lost / doubled under load |\n")
                .append("|---|---|---|---|\n");
        for (ReloadBench.Result r : results) {
            md.append("| ").append(r.language().extension());
            if (r.failure() != null) {
                md.append(" | failed: ").append(r.failure().lines().findFirst().orElse("")).append(" | | |\n");
                continue;
            }
            md.append(" | ").append(quantiles(r.idleMillis())).append(" | ").append(quantiles(r.loadedMillis()))
                    .append(" | ").append(r.underLoad().map(p -> p.lost() + " / " + p.doubled()
                            + (p.stalled() ? " (stalled)" : "")).orElse("–")).append(" |\n");
        }
        md.append('\n');
    }

    private static String quantiles(List<Double> millis) {
        if (millis.isEmpty()) return "–";
        List<Double> sorted = new ArrayList<>(millis);
        sorted.sort(null);
        return Stream.of(0.5, 0.99, 1.0)
                .map(q -> "%.0f".formatted(sorted.get(Math.clamp((int) Math.ceil(q * sorted.size()) - 1, 0, sorted.size() - 1))))
                .reduce((a, b) -> a + " / " + b).orElseThrow();
    }
}
