package dev.simplexscript.testutil;

import dev.simplexscript.testkit.TestOptions;
import java.time.Duration;

/**
 * How long a test waits for something that must happen before it calls it missing. Generous on
 * purpose: the build machine has 2 cores shared with other builds and was seen at a load average
 * of 26, when a GraalJS context took 40 s to start. It bounds a wait for a positive signal and
 * never measures speed (speed lives in the benchmarks); a test that passes waits only as long as
 * the signal takes.
 */
public final class Patience {
    public static final Duration WAIT = Duration.ofSeconds(90);

    private Patience() {}

    /** Test-kit options for our own tests: the kit's waits and the handler budget at {@link #WAIT}. */
    public static TestOptions kit() {
        return TestOptions.defaults().withHandlerBudget(WAIT).withWait(WAIT, WAIT).withTestTimeout(WAIT.multipliedBy(3));
    }
}
