package dev.simplexscript.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The handler that awaits its own send, flat out: the old TypeScript client written this way
 * stalls (its 16-event queue fills while the loop waits for a reply queued behind those events).
 * Measured once with a short deadline, beside our host's JavaScript echo, which awaits every send.
 */
final class StallCheck {
    static final String TS_AWAITING = "TypeScript peer, awaiting each send";
    private static final Duration STALL_DEADLINE = Duration.ofSeconds(3);

    /** What the awaiting client did with {@code flatOut} messages, or why it could not be run. */
    record Result(Optional<PhaseResult> phase, String failure) {}

    private StallCheck() {}

    static Result run(BenchPlan plan, LoadCore core, Path nodeDir, Path logDir, PrintWriter progress)
            throws InterruptedException {
        progress.printf("[%s] %s%n", plan.name(), TS_AWAITING);
        progress.flush();
        ClientSpec awaiting = Clients.tsPeerAwaiting(nodeDir);
        Launch launch;
        try {
            launch = Launch.start(core, awaiting, Launch.log(logDir, awaiting.name(), "run"), plan.readyTimeout());
        } catch (Launch.Failed e) {
            progress.println("  failed: " + e.getMessage());
            return new Result(Optional.empty(), e.getMessage());
        }
        try (ClientProcess process = launch.process()) {
            PhaseResult phase = core.flatOut("flat out, awaiting", plan.flatOut(), plan.flatOutBudget(), plan.window(),
                    STALL_DEADLINE);
            progress.println("  " + phase);
            progress.flush();
            return new Result(Optional.of(phase), null);
        }
    }
}
