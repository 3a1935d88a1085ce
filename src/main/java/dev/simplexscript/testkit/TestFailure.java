package dev.simplexscript.testkit;

/** An expectation of a test did not hold: the message says what was expected and what came. */
public final class TestFailure extends RuntimeException {
    public TestFailure(String message) {
        super(message);
    }
}
