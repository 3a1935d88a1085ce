package dev.simplexscript.testkit;

import java.time.Duration;

/**
 * Knobs of a test run. Start from {@link #defaults()} and change what you need with the
 * {@code with*} methods, so that new knobs do not break callers.
 *
 * @param handlerBudget how long one of the bot's handlers may run (as {@code --budget} of a real run)
 * @param testTimeout   how long one test may run before it is stopped and fails
 * @param messageWait   how long {@code nextMessage} and {@code next} wait when the test gives no timeout
 * @param settleWait    how long the kit waits for the bot to start or to settle before the test fails
 */
public record TestOptions(Duration handlerBudget, Duration testTimeout, Duration messageWait, Duration settleWait) {
    public static TestOptions defaults() {
        return new TestOptions(Duration.ofSeconds(3), Duration.ofSeconds(60), Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    public TestOptions withHandlerBudget(Duration value) {
        return new TestOptions(value, testTimeout, messageWait, settleWait);
    }

    public TestOptions withTestTimeout(Duration value) {
        return new TestOptions(handlerBudget, value, messageWait, settleWait);
    }

    /** Waits for messages and for the bot to settle; {@code settleWait} is never shorter than {@code messageWait}. */
    public TestOptions withWait(Duration messageWait, Duration settleWait) {
        return new TestOptions(handlerBudget, testTimeout, messageWait, settleWait.compareTo(messageWait) < 0 ? messageWait : settleWait);
    }
}
