package dev.simplexscript.bench;

import java.util.List;
import java.util.Map;

/** Everything one bench measured: the echo runs of every client, and our host's scale and reload figures. */
public record BenchResults(Map<ClientSpec, List<RunOutcome>> echo, List<ScaleBench.Point> scale,
                           List<ReloadBench.Result> reload) {}
