package dev.simplexscript.testkit;

import java.time.Duration;

/**
 * Knobs of a test run.
 *
 * @param handlerBudget how long one of the bot's handlers may run (as {@code --budget} of a real run)
 * @param testTimeout   how long one test may run before it is stopped and fails
 */
public record TestOptions(Duration handlerBudget, Duration testTimeout) {
    public static TestOptions defaults() {
        return new TestOptions(Duration.ofSeconds(3), Duration.ofSeconds(60));
    }
}
