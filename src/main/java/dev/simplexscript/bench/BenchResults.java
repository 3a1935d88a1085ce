package dev.simplexscript.bench;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one bench measured: the echo runs of every client, the awaiting TypeScript bot (when Node
 * is there), and our host's scale and reload figures (when it is built in).
 */
public record BenchResults(Map<ClientSpec, List<RunOutcome>> echo, Optional<StallCheck.Result> awaiting,
                           List<ScaleBench.Point> scale, List<ReloadBench.Result> reload) {}
