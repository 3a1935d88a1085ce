package dev.simplexscript.lang.groovy.sandbox;

/**
 * Thrown at a loop or call checkpoint once the handler budget ran out. An {@link Error}, and the
 * thread's interrupt flag stays set until the host clears it after the call, so a script that
 * catches it meets it again at its next checkpoint.
 */
public final class ScriptInterrupted extends Error {
    public ScriptInterrupted() {
        super("stopped: ran past its time budget");
    }
}
