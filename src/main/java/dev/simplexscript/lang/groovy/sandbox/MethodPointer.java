package dev.simplexscript.lang.groovy.sandbox;

import groovy.lang.Closure;

/**
 * {@code receiver.&name} and {@code receiver::name} in a sandboxed script: a closure that makes the
 * call through the sandbox each time it runs, so the member is resolved and checked for the
 * arguments it actually gets ({@code Type::new} constructs).
 */
final class MethodPointer extends Closure<Object> {
    private final Object receiver;
    private final String name;

    MethodPointer(Object receiver, String name) {
        super(null);
        this.receiver = receiver;
        this.name = name;
    }

    public Object doCall(Object... args) {
        if (receiver instanceof Class<?> type && name.equals("new")) return Sandbox.construct(type, args);
        return Sandbox.call(receiver, name, args, false, false);
    }

    @Override
    public String toString() {
        return "method pointer " + name;
    }
}
