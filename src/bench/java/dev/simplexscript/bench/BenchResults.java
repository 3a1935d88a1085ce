package dev.simplexscript.bench;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one bench measured: the echo runs of every client, the awaiting TypeScript bot (when Node
 * is there), and our host's scale and reload figures (when it is built in).
 */
public record BenchResults(Map<ClientSpec, List<RunOutcome>> echo, Optional<StallCheck.Result> awaiting,
                           List<ScaleBench.Point> scale, List<ReloadBench.Result> reload) {

    /**
     * Every run of every client answered, and every message exactly once, no command refused; the
     * awaiting TypeScript bot is expected to stall and does not count.
     */
    public boolean allClean() {
        boolean echoClean = echo.values().stream().flatMap(List::stream)
                .allMatch(run -> run.ok() && run.phases().stream().allMatch(PhaseResult::clean));
        boolean scaleClean = scale.stream().allMatch(p -> p.failure() == null && p.flatOut().map(PhaseResult::clean).orElse(true));
        boolean reloadClean = reload.stream().allMatch(r -> r.failure() == null && r.underLoad().map(PhaseResult::clean).orElse(false));
        return echoClean && scaleClean && reloadClean;
    }
}
