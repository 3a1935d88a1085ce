package dev.simplexscript.testkit;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.graalvm.polyglot.HostAccess;

/** {@code expect(actual)}: the matchers; each throws a {@link TestFailure} when it does not hold. */
public final class Expectation {
    private final Object actual;
    private final boolean negated;
    private final Expect owner;
    private final String where;

    Expectation(Object actual, boolean negated, Expect owner, String where) {
        this.actual = actual;
        this.negated = negated;
        this.owner = owner;
        this.where = where;
    }

    /** The same expectation, inverted: {@code expect(x).not.toBe(y)}. */
    @HostAccess.Export
    public Expectation getNot() {
        return new Expectation(actual, !negated, owner, where);
    }

    @HostAccess.Export
    public void toBe(Object expected) {
        check(Matching.same(actual, expected), "to be " + Matching.show(expected));
    }

    @HostAccess.Export
    public void toEqual(Object expected) {
        check(Matching.equal(actual, expected), "to equal " + Matching.show(expected));
    }

    /** Text containing a substring, a list containing an (equal) element, a map containing a key. */
    @HostAccess.Export
    public void toContain(Object item) {
        Object a = Matching.textOf(actual, item);
        boolean holds;
        if (a instanceof String s && item instanceof String part) holds = s.contains(part);
        else if (a instanceof List<?> list) holds = list.stream().anyMatch(x -> Matching.equal(x, item));
        else if (a instanceof Map<?, ?> map) holds = map.containsKey(item);
        else throw fail("toContain: expected text, a list or an object, got " + Matching.show(actual));
        check(holds, "to contain " + Matching.show(item));
    }

    /**
     * Text matching a regular expression somewhere: a pattern string, or (from JavaScript) a
     * RegExp, which arrives as {@code {regexp, flags}}.
     */
    @HostAccess.Export
    public void toMatch(Object pattern) {
        Pattern p = pattern(pattern);
        Object a = Matching.textOf(actual, "");
        if (!(a instanceof String s)) throw fail("toMatch: expected text, got " + Matching.show(actual));
        check(p.matcher(s).find(), "to match /" + p.pattern() + "/");
    }

    @HostAccess.Export
    public void toBeTruthy() {
        check(Matching.truthy(actual), "to be truthy");
    }

    @HostAccess.Export
    public void toBeFalsy() {
        check(!Matching.truthy(actual), "to be falsy");
    }

    @HostAccess.Export
    public void toBeNull() {
        check(actual == null, "to be null");
    }

    private static Pattern pattern(Object pattern) {
        if (pattern instanceof String s) return Pattern.compile(s);
        if (pattern instanceof Map<?, ?> m && m.get("regexp") instanceof String source) {
            String flags = String.valueOf(m.get("flags"));
            int f = (flags.contains("i") ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0)
                    | (flags.contains("m") ? Pattern.MULTILINE : 0) | (flags.contains("s") ? Pattern.DOTALL : 0);
            return Pattern.compile(source, f);
        }
        throw new IllegalArgumentException("toMatch: expected a regular expression or a pattern string, got " + Matching.show(pattern));
    }

    private void check(boolean holds, String what) {
        if (holds != negated) return;
        throw fail("expected " + Matching.show(actual) + (negated ? " not " : " ") + what);
    }

    private TestFailure fail(String message) {
        TestFailure failure = new TestFailure(message);
        owner.failed(failure, where);
        return failure;
    }
}
