package dev.simplexscript.lang.groovy.sandbox;

import groovy.lang.Closure;

/**
 * A {@code case} value of a sandboxed switch. Groovy asks the case value {@code isCase(x)}; as a
 * closure this one answers through {@link Sandbox#isCase}, so the case value's own method is
 * resolved and checked like any other call.
 */
final class CaseTest extends Closure<Object> {
    private final Object caseValue;

    CaseTest(Object caseValue) {
        super(null);
        this.caseValue = caseValue;
    }

    public Object doCall(Object value) {
        return Sandbox.isCase(caseValue, value);
    }
}
