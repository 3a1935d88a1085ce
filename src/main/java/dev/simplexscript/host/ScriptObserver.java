package dev.simplexscript.host;

import dev.simplexscript.lang.ScriptError;

/**
 * Lets operator tools (metrics, the operator chat's notifications) watch scripts run without the
 * host knowing them. The host asks for one {@link Probe} per script file when it first sees the
 * file, and calls it on that script's thread: a probe must return at once, and {@link Probe#ran}
 * must not allocate or lock, since it runs for every handler call.
 */
@FunctionalInterface
public interface ScriptObserver {
    ScriptObserver NONE = script -> new Probe() {};

    Probe probe(String script);

    /** What happens to one script; every method defaults to doing nothing. */
    interface Probe {
        /** A handler, timer tick or command of the running version finished; {@code failure} is null when it returned. */
        default void ran(long nanos, ScriptError failure) {}

        /** A version started running (first load, reload, or enabled again). */
        default void loaded(int version) {}

        /** A load or reload failed; an older version may still run ({@link ScriptStatus} says). */
        default void loadFailed(ScriptError error, Cause cause) {}

        /** The running version was stopped and nothing of this script runs until it loads again. */
        default void disabled(String reason, Cause cause) {}
    }

    /** Who made a load or a stop happen: whoever tells people of it can leave out what the asker is answered anyway. */
    enum Cause {
        /** The host on its own: a start-up load, a save in a watched folder, a script stopped after failing. */
        HOST,
        /** An operator, through {@link ScriptHost}'s {@code reload}, {@code enable} or {@code disable}, whose caller gets the outcome. */
        OPERATOR
    }
}
