package dev.simplexscript.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Issue 9's targets against what was measured: met, missed (to profile and explain), or not measured. */
final class Targets {
    private static final int LATENCY_RATE = 1_000;
    private static final long ONE_GIB = 1L << 30;

    private record Row(String target, Optional<String> measured, boolean met) {}

    private Targets() {}

    static void render(StringBuilder md, BenchResults results) {
        Figures figures = new Figures(results.echo());
        List<Row> rows = new ArrayList<>();
        rows.add(ratio(figures, "JavaScript echo flat out ≥ the TypeScript peer", Clients.HOST_JS, Clients.TS_PEER, 1.0));
        rows.add(ratio(figures, "JavaScript echo flat out ≥ 0.7× raw Node", Clients.HOST_JS, Clients.RAW_NODE, 0.7));
        rows.add(ratio(figures, "plain Java handler flat out ≥ raw Java client", Clients.JAVA_HANDLER, Clients.RAW_JAVA_G1, 1.0));
        for (String client : List.of(Clients.HOST_JS, Clients.HOST_GROOVY, Clients.JAVA_HANDLER)) {
            Optional<Double> p99 = figures.p99(client, LATENCY_RATE);
            rows.add(new Row(client + ": p99 < 2 ms at 1,000 msg/s", p99.map("%.2f ms"::formatted),
                    p99.map(ms -> ms < 2.0).orElse(false)));
        }
        for (ReloadBench.Result reload : results.reload()) {
            if (reload.language() != BenchScript.JAVASCRIPT || reload.idleMillis().isEmpty()) continue;
            double p50 = Spread.of(reload.idleMillis()).median();
            rows.add(new Row("JavaScript reload p50 < 100 ms (idle)", Optional.of("%.0f ms".formatted(p50)), p50 < 100));
        }
        for (ScaleBench.Point point : results.scale()) {
            if (point.scripts() < 1_000 || point.heapBytes() < 0) continue;
            rows.add(new Row("%,d %s scripts < 1 GiB heap".formatted(point.scripts(), point.language().extension()),
                    Optional.of("%.0f MiB".formatted(point.heapBytes() / 1048576.0)), point.heapBytes() < ONE_GIB));
        }
        rows.add(new Row("every message answered exactly once, no stall", Optional.of(results.allClean() ? "yes" : "no"),
                results.allClean()));

        md.append("## Targets (issue 9)\n\n| Target | Measured | |\n|---|---|---|\n");
        for (Row row : rows) {
            md.append("| ").append(row.target()).append(" | ").append(row.measured().orElse("–")).append(" | ")
                    .append(row.measured().isEmpty() ? "not measured" : row.met() ? "met" : "**missed**").append(" |\n");
        }
        md.append('\n');
    }

    private static Row ratio(Figures figures, String target, String client, String reference, double atLeast) {
        Optional<Double> ratio = figures.flatOut(client).flatMap(c -> figures.flatOut(reference).map(r -> c / r));
        return new Row(target, ratio.map("%.2f×"::formatted), ratio.map(r -> r >= atLeast).orElse(false));
    }
}
