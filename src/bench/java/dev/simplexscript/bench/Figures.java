package dev.simplexscript.bench;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** A client's figures by name, as medians over its successful runs: what ratios and targets compare. */
final class Figures {
    private final Map<ClientSpec, List<RunOutcome>> outcomes;

    Figures(Map<ClientSpec, List<RunOutcome>> outcomes) {
        this.outcomes = outcomes;
    }

    /** Median flat-out messages per second, when the client was measured. */
    Optional<Double> flatOut(String client) {
        return median(client, o -> o.flatOut().map(PhaseResult::throughput));
    }

    /** Median messages per second of the longer flat-out phase, when measured. */
    Optional<Double> flatOutLong(String client) {
        return median(client, o -> o.flatOutLong().map(PhaseResult::throughput));
    }

    /** Median client CPU per message flat out, in microseconds, when measured. */
    Optional<Double> clientCpu(String client) {
        return median(client, o -> o.cpu().clientMicros() < 0 ? Optional.empty() : Optional.of(o.cpu().clientMicros()));
    }

    /** Median process start → first answer, in milliseconds. */
    Optional<Double> startup(String client) {
        return median(client, o -> Optional.of(o.startupNanos() / 1e6));
    }

    /** Median p99 latency in milliseconds at this offered rate, when measured. */
    Optional<Double> p99(String client, int perSecond) {
        return median(client, o -> o.atRate(perSecond).map(p -> p.latencyMillis(0.99)));
    }

    private Optional<Double> median(String client, Function<RunOutcome, Optional<Double>> figure) {
        return outcomes.entrySet().stream().filter(e -> e.getKey().name().equals(client)).findFirst()
                .map(e -> spread(e.getValue().stream().filter(RunOutcome::ok).toList(), figure))
                .filter(s -> !s.empty()).map(Spread::median);
    }

    static Spread spread(List<RunOutcome> runs, Function<RunOutcome, Optional<Double>> figure) {
        return Spread.of(runs.stream().map(figure).flatMap(Optional::stream).toList());
    }
}
