package dev.simplexscript.bench;

import java.lang.management.ManagementFactory;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Renders the bench's outcomes as the Markdown of {@code docs/BENCHMARKS.md}. */
public final class BenchReport {
    /**
     * The line after which {@code docs/BENCHMARKS.md} is written by hand (analysis, profiles); a new
     * report keeps whatever follows it in the file it replaces.
     */
    public static final String HAND_WRITTEN = "<!-- Written by hand below this line; `scripts/bench` keeps it when it rewrites the file. -->";

    /** The new report followed by the hand-written part of the {@code previous} file, if it had one. */
    public static String keepingHandWritten(String report, String previous) {
        int at = previous.indexOf(HAND_WRITTEN);
        return at < 0 ? report : report + "\n" + previous.substring(at);
    }

    /** Client {@code numerator} compared with client {@code denominator}, both by name. */
    public record Ratio(String numerator, String denominator) {}

    private final BenchPlan plan;
    private final MachineInfo machine;
    private final BenchResults results;
    private final Map<ClientSpec, List<RunOutcome>> outcomes;
    private final List<String> notes;

    public BenchReport(BenchPlan plan, MachineInfo machine, BenchResults results, List<String> notes) {
        this.plan = plan;
        this.machine = machine;
        this.results = results;
        this.outcomes = results.echo();
        this.notes = List.copyOf(notes);
    }

    public String markdown(List<Ratio> ratios) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append("Measured ").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append(" by `scripts/bench").append(plan.name().equals("full") ? "" : " --" + plan.name())
                .append("` on loopback. ").append(method()).append("\n\n");
        machine(md);
        echoTable(md);
        ratioTable(md, ratios);
        Targets.render(md, results, plan);
        ReportSections.awaiting(md, results.awaiting(), outcomes.keySet().stream().anyMatch(c -> c.name().equals(Clients.HOST_JS)));
        ReportSections.scale(md, results.scale());
        ReportSections.reload(md, results.reload());
        clientTable(md);
        if (!notes.isEmpty()) {
            md.append("## Notes\n\n");
            notes.forEach(note -> md.append("- ").append(note).append('\n'));
            md.append('\n');
        }
        return md.toString();
    }

    private String method() {
        List<String> rates = plan.rates().stream()
                .map(r -> "%,d/s for %.1f s".formatted(r.perSecond(), r.length().toMillis() / 1000.0)).toList();
        return ("One uncounted run of the first client warms the load core up. Then each client runs %d time(s),"
                + " each time as a fresh process against the same load core (a WebSocket server in the bench's JVM"
                + " that floods `newChatItems` events built from the spec's fixtures and answers every `/_send` at"
                + " once with `newChatItems`). A run: process start → first answer to a probe message, a warm-up in"
                + " chunks of %,d messages until the third or a later one is no faster than the best before (at most %d s; not"
                + " counted), %,d messages flat out%s with at most %,d unanswered (like the core's event queue;"
                + " a chunk or the flat-out phase stops sending after %d s, three times that for the longer one, so"
                + " a slow client gets fewer),"
                + " then offered loads of %s (cut after twice as long when the client cannot keep up). Latency is"
                + " event sent → matching `/_send` received, per message; figures are the median over runs with"
                + " the range in parentheses. Lost = sent but never answered, doubled = answered more than once;"
                + " both must be 0. CPU per message is process CPU time over the flat-out phase divided by the"
                + " messages, for the load core (this JVM) and the client: on 2 shared cores it shows what each"
                + " side costs.")
                .formatted(plan.runs(), plan.warmUp(), plan.warmUpMax().toSeconds(), plan.flatOut(),
                        plan.flatOutLong() > 0 ? " and then %,d more".formatted(plan.flatOutLong()) : "", plan.window(),
                        plan.flatOutBudget().toSeconds(),
                        String.join(", ", rates));
    }

    private void machine(StringBuilder md) {
        md.append("## Machine\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| CPU | ").append(machine.cpu()).append(" |\n");
        md.append("| Cores | ").append(machine.cores()).append(" |\n");
        md.append("| Memory | ").append(machine.memory()).append(" |\n");
        md.append("| OS | ").append(machine.os()).append(" |\n");
        md.append("| JDK | ").append(machine.jdk()).append(" |\n");
        md.append("| Node | ").append(machine.node().orElse("not installed")).append(" |\n");
        md.append("| Load core JVM flags | `").append(String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()))
                .append("` |\n");
        md.append("| Load core collectors | ").append(String.join(", ", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(gc -> gc.getName()).toList())).append(" |\n\n");
    }

    private void echoTable(StringBuilder md) {
        md.append("## Echo: throughput and latency\n\n");
        md.append("| Client | Start → first answer (ms) | Flat out %,d (msg/s) |".formatted(plan.flatOut()));
        if (plan.flatOutLong() > 0) md.append(" Flat out %,d (msg/s) |".formatted(plan.flatOutLong()));
        md.append(" CPU µs/msg flat out, core / client |");
        plan.rates().forEach(r -> md.append(" p50 / p99 / max at %,d/s (ms) |".formatted(r.perSecond())));
        md.append(" Lost | Doubled | Refused |\n|---|---|---|---|");
        if (plan.flatOutLong() > 0) md.append("---|");
        plan.rates().forEach(r -> md.append("---|"));
        md.append("---|---|---|\n");
        for (Map.Entry<ClientSpec, List<RunOutcome>> entry : outcomes.entrySet()) {
            List<RunOutcome> runs = entry.getValue().stream().filter(RunOutcome::ok).toList();
            md.append("| ").append(entry.getKey().name());
            if (runs.size() < entry.getValue().size()) {
                md.append(" (%d of %d runs failed)".formatted(entry.getValue().size() - runs.size(), entry.getValue().size()));
            }
            md.append(" | ").append(Figures.spread(runs, o -> Optional.of(o.startupNanos() / 1e6)).format("%,.0f"));
            md.append(" | ").append(Figures.spread(runs, o -> o.flatOut().map(PhaseResult::throughput)).format("%,.0f"));
            if (plan.flatOutLong() > 0) {
                md.append(" | ").append(Figures.spread(runs, o -> o.flatOutLong().map(PhaseResult::throughput)).format("%,.0f"));
            }
            md.append(" | ").append(Figures.spread(runs, o -> known(o.cpu().coreMicros())).format("%.0f"))
                    .append(" / ").append(Figures.spread(runs, o -> known(o.cpu().clientMicros())).format("%.0f"));
            for (BenchPlan.Rate rate : plan.rates()) {
                Function<RunOutcome, Optional<PhaseResult>> at = o -> o.atRate(rate.perSecond());
                md.append(" | ").append(Figures.spread(runs, o -> at.apply(o).map(p -> p.latencyMillis(0.5))).format("%.2f"))
                        .append(" / ").append(Figures.spread(runs, o -> at.apply(o).map(p -> p.latencyMillis(0.99))).format("%.2f"))
                        .append(" / ").append(Figures.spread(runs, o -> at.apply(o).map(PhaseResult::maxMillis)).format("%.1f"));
                Spread achieved = Figures.spread(runs, o -> at.apply(o).map(PhaseResult::throughput));
                // Latency at a load the client cannot carry is queueing in the window, not response time: say so.
                if (!achieved.empty() && achieved.median() < 0.95 * rate.perSecond()) {
                    md.append(" (kept up with %,.0f/s)".formatted(achieved.median()));
                }
            }
            md.append(" | ").append(sum(runs, PhaseResult::lost)).append(stalls(runs))
                    .append(" | ").append(sum(runs, PhaseResult::doubled))
                    .append(" | ").append(sum(runs, PhaseResult::rejected)).append(" |\n");
        }
        md.append('\n');
    }

    private void ratioTable(StringBuilder md, List<Ratio> ratios) {
        Figures figures = new Figures(outcomes);
        int middle = plan.rates().get(plan.rates().size() / 2).perSecond();
        List<String> rows = new ArrayList<>();
        for (Ratio ratio : ratios) {
            Optional<Double> num = figures.flatOut(ratio.numerator());
            Optional<Double> den = figures.flatOut(ratio.denominator());
            if (num.isEmpty() || den.isEmpty()) continue;
            String p99 = figures.p99(ratio.numerator(), middle)
                    .flatMap(n -> figures.p99(ratio.denominator(), middle).map(d -> "%.2f× (at %,d/s)".formatted(n / d, middle)))
                    .orElse("–");
            rows.add("| %s / %s | %.2f× | %s |".formatted(ratio.numerator(), ratio.denominator(), num.get() / den.get(), p99));
        }
        if (rows.isEmpty()) return;
        md.append("## Ratios\n\nFlat-out throughput (higher is better for the first) and p99 latency (lower is better"
                + " for the first), medians over runs.\n\n| Ratio | Flat out | p99 |\n|---|---|---|\n");
        rows.forEach(row -> md.append(row).append('\n'));
        md.append('\n');
    }

    private void clientTable(StringBuilder md) {
        md.append("## Clients\n\n| Client | Runtime and flags | Command |\n|---|---|---|\n");
        outcomes.keySet().forEach(client -> md.append("| ").append(client.name()).append(" | ").append(client.flags())
                .append(" | `").append(String.join(" ", shortened(client.command()))).append("` |\n"));
        md.append('\n');
        for (Map.Entry<ClientSpec, List<RunOutcome>> entry : outcomes.entrySet()) {
            for (RunOutcome outcome : entry.getValue()) {
                if (!outcome.ok()) {
                    md.append("- **").append(entry.getKey().name()).append(" failed:** ")
                            .append(outcome.failure().lines().findFirst().orElse("")).append('\n');
                }
            }
        }
    }

    /** The class path of a child JVM is long and machine-specific; the report only needs to say it is ours. */
    private static List<String> shortened(List<String> command) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < command.size(); i++) {
            out.add(i > 0 && command.get(i - 1).equals("-cp") ? "<simplex-script class path>" : command.get(i));
        }
        return out;
    }

    private static Optional<Double> known(double value) {
        return value < 0 ? Optional.empty() : Optional.of(value);
    }

    private static int sum(List<RunOutcome> runs, java.util.function.ToIntFunction<PhaseResult> count) {
        return runs.stream().flatMap(o -> o.phases().stream()).mapToInt(count).sum();
    }

    private static String stalls(List<RunOutcome> runs) {
        long stalled = runs.stream().flatMap(o -> o.phases().stream()).filter(PhaseResult::stalled).count();
        return stalled == 0 ? "" : " (stalled %d×)".formatted(stalled);
    }
}
