package dev.simplexscript.bench;

import java.util.List;
import java.util.Optional;

/**
 * One run of one client: process start → first answer, then the measured phases (flat out first,
 * a longer flat out when planned, then one per offered rate) and the CPU each side spent per message flat out, or why the run failed.
 */
public record RunOutcome(long startupNanos, List<PhaseResult> phases, CpuClock.CpuPerMessage cpu, String failure) {

    static RunOutcome failed(String why) {
        return new RunOutcome(0, List.of(), new CpuClock.CpuPerMessage(-1, -1), why);
    }

    public boolean ok() {
        return failure == null;
    }

    public Optional<PhaseResult> flatOut() {
        return phases.stream().filter(p -> p.offeredPerSecond() == 0).findFirst();
    }

    /** The second, longer flat-out phase, when the plan has one. */
    public Optional<PhaseResult> flatOutLong() {
        return phases.stream().filter(p -> p.offeredPerSecond() == 0).skip(1).findFirst();
    }

    public Optional<PhaseResult> atRate(int perSecond) {
        return phases.stream().filter(p -> p.offeredPerSecond() == perSecond).findFirst();
    }
}
