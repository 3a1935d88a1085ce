package dev.simplexscript.host;

import java.nio.file.Path;

/**
 * One script as the host sees it now, for operators.
 *
 * @param name      the file name, e.g. {@code echo.js}
 * @param file      the absolute path
 * @param version   the running version (counting loads since the host started), or the last one
 * @param state     whether it runs
 * @param problem   why it does not run (the load error or the reason it was disabled), or null
 * @param queued    tasks waiting on the script's thread (events, timer ticks, replies)
 */
public record ScriptStatus(String name, Path file, int version, State state, String problem, int queued) {

    public enum State {
        /** A version runs. */
        RUNNING,
        /** It never loaded, or its last load failed with no older version left to run. */
        FAILED,
        /** Stopped after failing too often, by an operator, or because a handler could not be stopped. */
        DISABLED
    }
}
