package dev.simplexscript.lang.groovy;

import dev.simplexscript.lang.GuestFunction;
import groovy.lang.Closure;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A Groovy closure held by the host. */
final class GroovyFunction implements GuestFunction {
    private final Closure<?> closure;
    private final GroovyRuntime runtime;

    GroovyFunction(Closure<?> closure, GroovyRuntime runtime) {
        this.closure = closure;
        this.runtime = runtime;
    }

    /** Extra arguments are dropped, so {@code command('/x') { msg -> }} may ignore the parsed args. */
    @Override
    public void call(List<Object> args) {
        runtime.enter(() -> closure.call(guestArgs(args)));
    }

    /** Groovy calls return their results directly, so the value is there when the call returns. */
    @Override
    public CompletableFuture<Object> apply(List<Object> args) {
        Object[] result = new Object[1];
        runtime.enter(() -> result[0] = closure.call(guestArgs(args)));
        return CompletableFuture.completedFuture(GroovyValues.toJava(result[0], "the value returned"));
    }

    private Object[] guestArgs(List<Object> args) {
        int max = closure.getMaximumNumberOfParameters();
        List<Object> guest = new ArrayList<>();
        for (int i = 0; i < Math.min(max, args.size()); i++) guest.add(GroovyValues.toGuest(args.get(i)));
        return guest.toArray();
    }
}
