package dev.simplexscript.testkit;

import dev.simplexscript.sim.SimOptions;
import java.time.Duration;

/**
 * Knobs of a test run.
 *
 * @param handlerBudget how long one of the bot's handlers may run (as {@code --budget} of a real run)
 * @param testTimeout   how long one test may run before it is stopped and fails
 * @param coreLike      null, or a shipped release ({@code "6.4"}, {@code "6.5"}) whose parser quirks the
 *                      simulated core reproduces (docs/core-quirks.md)
 * @param noise         the simulated core mixes in the connection and error events real bots see
 */
public record TestOptions(Duration handlerBudget, Duration testTimeout, String coreLike, boolean noise) {
    public TestOptions(Duration handlerBudget, Duration testTimeout) {
        this(handlerBudget, testTimeout, null, false);
    }

    public static TestOptions defaults() {
        return new TestOptions(Duration.ofSeconds(3), Duration.ofSeconds(60));
    }

    /** What these options change in the simulated core's. */
    public SimOptions simulator(SimOptions options) {
        return options.withCoreLike(coreLike).withNoise(noise);
    }
}
