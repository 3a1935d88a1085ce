package dev.simplexscript.cli;

/** Exit codes of every command, named once so scripts calling us can rely on them. */
public final class ExitCodes {
    public static final int OK = 0;
    /** A test, check or encode found a failure in the user's input. */
    public static final int FAILED = 1;
    /** Wrong arguments or options. */
    public static final int USAGE = 2;
    /** The core could not be reached or went away for good. */
    public static final int NO_CORE = 3;
    /** A bug of ours. */
    public static final int INTERNAL = 70;

    private ExitCodes() {}
}
