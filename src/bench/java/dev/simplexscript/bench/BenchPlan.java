package dev.simplexscript.bench;

import java.time.Duration;
import java.util.List;

/**
 * The sizes of one bench: how many runs per client, the warm-up, the flat-out phase and the
 * offered rates. Every loop of the bench is bounded by these numbers and timeouts.
 *
 * @param warmUp       messages per warm-up chunk; chunks go on until one is no faster than the one
 *                     before ({@link WarmUp}), for at most {@code warmUpMax}
 * @param flatOutBudget the longest a warm-up chunk or flat-out phase may send: slow clients get fewer messages
 * @param flatOutLong  messages of a second, longer flat-out phase (0: none), with three times the budget
 * @param window       unanswered events allowed at once, like the core's event queue (1024)
 * @param phaseTimeout how long the window may stay full before the client counts as stalled
 * @param readyTimeout process start → first answer, at most
 */
public record BenchPlan(String name, int runs, int warmUp, Duration warmUpMax, int flatOut, Duration flatOutBudget,
                        int flatOutLong, int window, List<Rate> rates, Duration phaseTimeout, Duration readyTimeout, Host host) {

    /** A fixed offered load held for a while. */
    public record Rate(int perSecond, Duration length) {}

    /**
     * The measurements only our host has: start-up and heap with {@code scriptCounts} scripts
     * (events/s too, up to {@code throughputUpTo} scripts, {@code scaleFlatOut} events), and
     * {@code reloads} hot reloads idle and as many under 1,000 messages/s, per language; each
     * process warmed up for at most {@code warmUpMax}.
     */
    public record Host(List<Integer> scriptCounts, int throughputUpTo, int scaleFlatOut, int reloads, Duration warmUpMax) {}

    public static final int CORE_QUEUE = 1024;

    /**
     * The full bench: 20–40 s per client run (our host warms up longest), three runs each, then the
     * host's scale and reload figures; about 12 minutes on 2 cores.
     */
    public static BenchPlan full() {
        return new BenchPlan("full", 3, 5_000, Duration.ofSeconds(10), 20_000, Duration.ofSeconds(4), 60_000, CORE_QUEUE,
                List.of(new Rate(100, Duration.ofSeconds(3)), new Rate(1_000, Duration.ofSeconds(2)),
                        new Rate(10_000, Duration.ofSeconds(2))),
                Duration.ofSeconds(10), Duration.ofSeconds(60), new Host(List.of(1, 10, 100, 1_000), 100, 5_000, 6, Duration.ofSeconds(5)));
    }

    /** One short run per client, for a first look. */
    public static BenchPlan quick() {
        return new BenchPlan("quick", 1, 2_000, Duration.ofSeconds(8), 5_000, Duration.ofSeconds(2), 20_000, CORE_QUEUE,
                List.of(new Rate(100, Duration.ofSeconds(1)), new Rate(1_000, Duration.ofSeconds(1)),
                        new Rate(10_000, Duration.ofMillis(500))),
                Duration.ofSeconds(5), Duration.ofSeconds(60), new Host(List.of(1, 100), 100, 2_000, 3, Duration.ofSeconds(3)));
    }

    /** A few hundred messages per client: the smoke test's size, only proves the bench still works. */
    public static BenchPlan tiny() {
        return new BenchPlan("tiny", 1, 100, Duration.ofSeconds(2), 300, Duration.ofSeconds(2), 0, 64,
                List.of(new Rate(1_000, Duration.ofMillis(200))),
                Duration.ofSeconds(5), Duration.ofSeconds(60), new Host(List.of(1, 3), 3, 100, 1, Duration.ofSeconds(1)));
    }
}
