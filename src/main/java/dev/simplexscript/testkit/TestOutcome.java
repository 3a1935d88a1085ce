package dev.simplexscript.testkit;

import java.nio.file.Path;

/**
 * The result of one test, or of a test file that could not run at all (then {@code name} is null).
 *
 * @param reason why it failed ({@code file:line: message} when the line is known), or null when it passed
 */
public record TestOutcome(Path file, String name, String reason) {
    public boolean passed() {
        return reason == null;
    }

    /** {@code ✓ name} or {@code ✗ name: reason}. */
    public String line() {
        String label = name != null ? name : file.getFileName().toString();
        return passed() ? "✓ " + label : "✗ " + label + ": " + reason;
    }
}
