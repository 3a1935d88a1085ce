package dev.simplexscript.sim.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Work a command leaves for after its response is built: what happens on the network in the
 * background (delivery, the other side reacting), which must not change the response itself.
 */
final class AfterResponse {
    private final List<Runnable> steps = new ArrayList<>();

    void then(Runnable step) {
        steps.add(step);
    }

    /** Runs the queued steps in order, including steps they queue themselves. */
    void run() {
        while (!steps.isEmpty()) steps.removeFirst().run();
    }

    void clear() {
        steps.clear();
    }
}
