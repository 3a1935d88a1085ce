package dev.simplexscript.testkit;

/**
 * The kit's own code appended to each test file, after its last line so the user's line numbers
 * stay as written: {@code test(name, fn)}, and in JavaScript an {@code expect} that records where
 * it was called and passes a RegExp on as {@code {regexp, flags}}.
 */
final class KitCode {
    /**
     * The global {@link Expect} is called {@code __testkit} in JavaScript, where {@code expect}
     * wraps it and {@code test} tells it when an async test really finished.
     */
    static final String JS_EXPECT_GLOBAL = "__testkit";

    static final String JS = """

            ;function test(name, fn) {
              if (typeof name !== 'string' || typeof fn !== 'function') {
                throw new TypeError('usage: test(name, async () => { ... })');
              }
              on('%1$s' + name, () => {
                %2$s.started();
                const result = fn();
                if (result && typeof result.then === 'function') return result.then(() => %2$s.finished());
                %2$s.finished();
              });
            }
            function expect(actual) {
              return __expectation(%2$s.at(actual, new Error().stack));
            }
            function __expectation(e) {
              return Object.freeze({
                toBe: x => e.toBe(x),
                toEqual: x => e.toEqual(x),
                toContain: x => e.toContain(x),
                toMatch: p => e.toMatch(p instanceof RegExp ? { regexp: p.source, flags: p.flags } : p),
                toBeTruthy: () => e.toBeTruthy(),
                toBeFalsy: () => e.toBeFalsy(),
                toBeNull: () => e.toBeNull(),
                get not() { return __expectation(e.not); },
              });
            }
            """.formatted(TestEnvironment.TEST_PREFIX, JS_EXPECT_GLOBAL);

    static final String GROOVY = """

            def test(String name, Closure body) { on('%s' + name, body) }
            """.formatted(TestEnvironment.TEST_PREFIX);

    private KitCode() {}
}
