package dev.simplexscript.testkit;

import dev.simplexscript.sim.SimOptions;
import java.time.Duration;

/**
 * Knobs of a test run. Start from {@link #defaults()} and change what you need with the
 * {@code with*} methods, so that new knobs do not break callers.
 *
 * @param handlerBudget how long one of the bot's handlers may run (as {@code --budget} of a real run)
 * @param testTimeout   how long one test may run before it is stopped and fails
 * @param messageWait   how long {@code nextMessage} and {@code next} wait when the test gives no timeout
 * @param settleWait    how long the kit waits for the bot to start or to settle before the test fails
 * @param coreLike      null, or a shipped release ({@code "6.4"}, {@code "6.5"}) whose parser quirks the
 *                      simulated core reproduces (docs/core-quirks.md)
 * @param noise         the simulated core mixes in the connection and error events real bots see
 */
public record TestOptions(Duration handlerBudget, Duration testTimeout, Duration messageWait, Duration settleWait, String coreLike,
        boolean noise) {
    public static TestOptions defaults() {
        return new TestOptions(Duration.ofSeconds(3), Duration.ofSeconds(60), Duration.ofSeconds(5), Duration.ofSeconds(10), null, false);
    }

    public TestOptions withHandlerBudget(Duration value) {
        return new TestOptions(value, testTimeout, messageWait, settleWait, coreLike, noise);
    }

    public TestOptions withTestTimeout(Duration value) {
        return new TestOptions(handlerBudget, value, messageWait, settleWait, coreLike, noise);
    }

    /** Waits for messages and for the bot to settle; {@code settleWait} is never shorter than {@code messageWait}. */
    public TestOptions withWait(Duration messageWait, Duration settleWait) {
        return new TestOptions(handlerBudget, testTimeout, messageWait, settleWait.compareTo(messageWait) < 0 ? messageWait : settleWait,
                coreLike, noise);
    }

    /** The simulated core parses as this shipped release does ({@code "6.4"}, {@code "6.5"}), or as COMMANDS.md with null. */
    public TestOptions withCoreLike(String value) {
        return new TestOptions(handlerBudget, testTimeout, messageWait, settleWait, value, noise);
    }

    /** The simulated core mixes in the connection and error events real bots see. */
    public TestOptions withNoise(boolean value) {
        return new TestOptions(handlerBudget, testTimeout, messageWait, settleWait, coreLike, value);
    }

    /** What these options change in the simulated core's. */
    public SimOptions simulator(SimOptions options) {
        return options.withCoreLike(coreLike).withNoise(noise);
    }
}
