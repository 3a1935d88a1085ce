package dev.simplexscript.host;

import java.lang.System.Logger.Level;

/**
 * Where the host's lines go: script log lines, reload lines, script errors. Every line names the
 * script it is about. The default writes to {@link System.Logger}; the CLI prints to the console.
 */
@FunctionalInterface
public interface HostReporter {

    void report(String script, Level level, String message);

    /** Lines through {@code System.Logger} named {@code dev.simplexscript.script}. */
    static HostReporter systemLogger() {
        System.Logger logger = System.getLogger("dev.simplexscript.script");
        return (script, level, message) -> logger.log(level, "[{0}] {1}", script, message);
    }
}
