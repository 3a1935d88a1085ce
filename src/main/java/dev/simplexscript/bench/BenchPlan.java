package dev.simplexscript.bench;

import java.time.Duration;
import java.util.List;

/**
 * The sizes of one bench: how many runs per client, the warm-up, the flat-out phase and the
 * offered rates. Every loop of the bench is bounded by these numbers and timeouts.
 *
 * @param window       unanswered events allowed at once, like the core's event queue (1024)
 * @param phaseTimeout how long the window may stay full before the client counts as stalled
 * @param readyTimeout process start → first answer, at most
 */
public record BenchPlan(String name, int runs, int warmUp, int flatOut, int window, List<Rate> rates,
                        Duration phaseTimeout, Duration readyTimeout) {

    /** A fixed offered load held for a while. */
    public record Rate(int perSecond, Duration length) {}

    public static final int CORE_QUEUE = 1024;

    /** The full bench: about 20 s per client run, three runs each; well under 10 minutes for 7 clients. */
    public static BenchPlan full() {
        return new BenchPlan("full", 3, 10_000, 30_000, CORE_QUEUE,
                List.of(new Rate(100, Duration.ofSeconds(4)), new Rate(1_000, Duration.ofSeconds(4)),
                        new Rate(10_000, Duration.ofSeconds(2))),
                Duration.ofSeconds(10), Duration.ofSeconds(60));
    }

    /** One short run per client, for a first look. */
    public static BenchPlan quick() {
        return new BenchPlan("quick", 1, 2_000, 5_000, CORE_QUEUE,
                List.of(new Rate(100, Duration.ofSeconds(1)), new Rate(1_000, Duration.ofSeconds(1)),
                        new Rate(10_000, Duration.ofMillis(500))),
                Duration.ofSeconds(5), Duration.ofSeconds(60));
    }

    /** A few hundred messages per client: the smoke test's size, only proves the bench still works. */
    public static BenchPlan tiny() {
        return new BenchPlan("tiny", 1, 100, 300, 64,
                List.of(new Rate(1_000, Duration.ofMillis(200))),
                Duration.ofSeconds(5), Duration.ofSeconds(30));
    }
}
