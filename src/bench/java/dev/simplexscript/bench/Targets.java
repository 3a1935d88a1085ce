package dev.simplexscript.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/** Issue 13's targets against what was measured: met, missed (to profile and explain), or not measured. */
final class Targets {
    private static final int LATENCY_RATE = 1_000;
    private static final long ONE_GIB = 1L << 30;

    private record Row(String target, Optional<String> measured, boolean met) {}

    private Targets() {}

    static void render(StringBuilder md, BenchResults results, BenchPlan plan) {
        Figures figures = new Figures(results.echo());
        List<Row> rows = new ArrayList<>();
        for (String client : List.of(Clients.HOST_JS, Clients.HOST_GROOVY)) {
            rows.add(ratio(figures, Figures::flatOut, "%s flat out %,d ≥ 1.0× the TypeScript SDK".formatted(client, plan.flatOut()),
                    client, Clients.TS_PEER, 1.0));
            if (plan.flatOutLong() > 0) {
                rows.add(ratio(figures, Figures::flatOutLong, "%s flat out %,d ≥ 1.0× the TypeScript SDK".formatted(client, plan.flatOutLong()),
                        client, Clients.TS_PEER, 1.0));
            }
        }
        rows.add(ratio(figures, Figures::flatOut, "plain Java handler flat out ≥ 1.0× the raw Java client", Clients.JAVA_HANDLER,
                Clients.RAW_JAVA_G1, 1.0));
        for (String client : List.of(Clients.HOST_JS, Clients.HOST_GROOVY)) {
            Optional<Double> cpu = figures.clientCpu(client).flatMap(c -> figures.clientCpu(Clients.TS_PEER).map(t -> c / t));
            rows.add(new Row(client + ": client CPU per message ≤ 1.5× the TypeScript SDK's", cpu.map("%.2f×"::formatted),
                    cpu.map(r -> r <= 1.5).orElse(false)));
        }
        for (String client : List.of(Clients.HOST_JS, Clients.HOST_GROOVY)) {
            Optional<Double> p99 = figures.p99(client, LATENCY_RATE);
            rows.add(new Row(client + ": p99 < 2 ms at 1,000 msg/s", p99.map("%.2f ms"::formatted), p99.map(ms -> ms < 2.0).orElse(false)));
        }
        Optional<Double> startup = figures.startup(Clients.HOST_JS);
        rows.add(new Row("JavaScript echo: start → first answer ≤ 1 s", startup.map("%,.0f ms"::formatted), startup.map(ms -> ms <= 1000).orElse(false)));
        for (ReloadBench.Result reload : results.reload()) {
            if (reload.idleMillis().isEmpty()) continue;
            double p50 = Spread.of(reload.idleMillis()).median();
            rows.add(new Row(reload.language().extension() + " reload p50 < 100 ms (idle)", Optional.of("%.0f ms".formatted(p50)), p50 < 100));
        }
        for (BenchScript language : BenchScript.values()) {
            Optional<Double> one = scaleFlatOut(results, language, 1);
            Optional<Double> hundred = scaleFlatOut(results, language, 100);
            Optional<Double> ratio = hundred.flatMap(h -> one.map(o -> h / o));
            rows.add(new Row("100 %s scripts (one echo, 99 listeners) flat out ≥ 0.5× one script".formatted(language.extension()),
                    ratio.map("%.2f×"::formatted), ratio.map(r -> r >= 0.5).orElse(false)));
        }
        for (ScaleBench.Point point : results.scale()) {
            if (point.scripts() < 1_000 || point.failure() != null) continue;
            boolean met = point.startupMillis() < 10_000 && point.heapBytes() >= 0 && point.heapBytes() < ONE_GIB;
            rows.add(new Row("%,d %s scripts load in < 10 s within 1 GiB".formatted(point.scripts(), point.language().extension()),
                    Optional.of("%,.0f ms, %s".formatted(point.startupMillis(),
                            point.heapBytes() < 0 ? "heap not measured" : "%.0f MiB heap".formatted(point.heapBytes() / 1048576.0))), met));
        }
        rows.add(new Row("nothing lost or doubled, no stall", Optional.of(results.allClean() ? "yes" : "no"), results.allClean()));

        md.append("## Targets (issue 13)\n\n| Target | Measured | |\n|---|---|---|\n");
        for (Row row : rows) {
            md.append("| ").append(row.target()).append(" | ").append(row.measured().orElse("–")).append(" | ")
                    .append(row.measured().isEmpty() ? "not measured" : row.met() ? "met" : "**missed**").append(" |\n");
        }
        md.append('\n');
    }

    private static Optional<Double> scaleFlatOut(BenchResults results, BenchScript language, int scripts) {
        return results.scale().stream().filter(p -> p.language() == language && p.scripts() == scripts).findFirst()
                .flatMap(ScaleBench.Point::flatOut).map(PhaseResult::throughput);
    }

    private static Row ratio(Figures figures, BiFunction<Figures, String, Optional<Double>> figure, String target, String client,
                             String reference, double atLeast) {
        Optional<Double> ratio = figure.apply(figures, client).flatMap(c -> figure.apply(figures, reference).map(r -> c / r));
        return new Row(target, ratio.map("%.2f×"::formatted), ratio.map(r -> r >= atLeast).orElse(false));
    }
}
