package dev.simplexscript.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every client against one load core, run by run: round {@code r} measures each client once
 * before round {@code r + 1} starts, so a slow drift of the machine spreads over all clients
 * instead of favouring one. Each run is a fresh client process: start, first answer, warm-up,
 * flat out, then each offered rate, then stop. One uncounted run of the first client comes first;
 * a client whose run failed is not run again.
 */
final class BenchRunner {
    private final BenchPlan plan;
    private final LoadCore core;
    private final Path logDir;
    private final PrintWriter progress;

    BenchRunner(BenchPlan plan, LoadCore core, Path logDir, PrintWriter progress) {
        this.plan = plan;
        this.core = core;
        this.logDir = logDir;
        this.progress = progress;
    }

    /** Every client's runs, in the order given. */
    Map<ClientSpec, List<RunOutcome>> run(List<ClientSpec> clients) throws InterruptedException {
        Map<ClientSpec, List<RunOutcome>> outcomes = new LinkedHashMap<>();
        clients.forEach(client -> outcomes.put(client, new ArrayList<>()));
        // The load core's own JIT warm-up would otherwise be charged to the first client's first run.
        if (!clients.isEmpty()) runOnce(clients.getFirst(), 0);
        for (int round = 1; round <= plan.runs(); round++) {
            for (ClientSpec client : clients) {
                List<RunOutcome> runs = outcomes.get(client);
                // A client that could not start or answer once will not next time: spare the bench its timeouts.
                if (runs.stream().anyMatch(run -> !run.ok())) continue;
                runs.add(runOnce(client, round));
            }
        }
        return outcomes;
    }

    private RunOutcome runOnce(ClientSpec client, int round) throws InterruptedException {
        progress.printf("[%s] %s: %s%n", plan.name(),
                round == 0 ? "warming the load core up, not counted" : "run %d/%d".formatted(round, plan.runs()), client.name());
        progress.flush();
        Launch launch;
        try {
            launch = Launch.start(core, client, Launch.log(logDir, client.name(), "run" + round), plan.readyTimeout());
        } catch (Launch.Failed e) {
            return report(RunOutcome.failed(e.getMessage()));
        }
        try (ClientProcess process = launch.process()) {
            PhaseResult warmUp = WarmUp.untilSteady(core, plan, plan.warmUpMax(), plan.window());
            if (warmUp.stalled()) return report(RunOutcome.failed("stalled in the warm-up: " + warmUp));
            List<PhaseResult> phases = new ArrayList<>();
            CpuClock before = CpuClock.read(process.handle());
            PhaseResult flat = core.flatOut("flat out", plan.flatOut(), plan.flatOutBudget(), plan.window(), plan.phaseTimeout());
            CpuClock.CpuPerMessage cpu = CpuClock.read(process.handle()).since(before, flat.answered());
            phases.add(flat);
            if (plan.flatOutLong() > 0 && !flat.stalled()) {
                phases.add(core.flatOut("flat out %,d".formatted(plan.flatOutLong()), plan.flatOutLong(),
                        plan.flatOutBudget().multipliedBy(3), plan.window(), plan.phaseTimeout()));
            }
            for (BenchPlan.Rate rate : plan.rates()) {
                // A client that stalled once stays stuck; waiting out every later phase would only cost time.
                if (phases.getLast().stalled()) break;
                phases.add(core.atRate(rate.perSecond() + "/s", rate.perSecond(), rate.length(), plan.window(),
                        plan.phaseTimeout()));
            }
            return report(new RunOutcome(launch.startupNanos(), phases, cpu, null));
        }
    }

    private RunOutcome report(RunOutcome outcome) {
        if (!outcome.ok()) {
            progress.println("  failed: " + outcome.failure());
        } else {
            progress.printf("  start → first answer %.0f ms, CPU per message flat out: core %.1f µs, client %.1f µs%n",
                    outcome.startupNanos() / 1e6, outcome.cpu().coreMicros(), outcome.cpu().clientMicros());
            outcome.phases().forEach(phase -> progress.println("  " + phase));
        }
        progress.flush();
        return outcome;
    }
}
