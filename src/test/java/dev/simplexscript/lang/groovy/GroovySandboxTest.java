package dev.simplexscript.lang.groovy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.lang.GuestFunction;
import dev.simplexscript.lang.Registrar;
import dev.simplexscript.lang.ScriptEnvironment;
import dev.simplexscript.lang.ScriptError;
import dev.simplexscript.lang.ScriptRuntime;
import dev.simplexscript.lang.ScriptSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.graalvm.polyglot.HostAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Groovy sandbox keeps Groovy working: every kind of operation it rewrites gives the same
 * result as in a trusted script. Escape attempts (each checked against a trusted control) live in
 * {@code SandboxEscapeBatteryTest}; here are the refusals that are not escapes, and the errors.
 */
class GroovySandboxTest {
    private final GroovyLanguage groovy = new GroovyLanguage();
    private final List<String> printed = new CopyOnWriteArrayList<>();

    /** An API object with exported members and a hidden method. */
    public static final class Api {
        @HostAccess.Export public final String text = "hi there";

        @HostAccess.Export
        public String hello() {
            return "hello";
        }

        @HostAccess.Export
        public Object echo(Object value) {
            return value;
        }

        public String secret() {
            return "secret";
        }
    }

    /** Each script prints one line; sandboxed it must print exactly what it prints trusted. */
    static Stream<Arguments> everydayGroovy() {
        return Stream.of(
                Arguments.of("text", """
                        def s = 'Hello'
                        println "${s.toUpperCase()} ${s[1]} ${s[-1]} ${s * 2} ${s.padLeft(7, '.')} ${'a,b'.split(',').size()} ${s.reverse()}"
                        """, "HELLO e o HelloHello ..Hello 2 olleH"),
                Arguments.of("numbers", """
                        def a = 7; def b = 2.5; int c = 3.9
                        println "${a + b} ${a.intdiv(2)} ${a % 3} ${2 ** 10} ${-a} ${a / 2} ${c} ${'5' as int} ${new BigDecimal('1.10') * 2}"
                        """, "9.5 3 1 1024 -7 3.5 3 5 2.20"),
                Arguments.of("collections", """
                        def list = [3, 1, 2]
                        def map = [b: 2, a: 1]
                        list << 4
                        map.c = 3
                        map['d'] = 4
                        println "${list.sort()} ${list.collect { it * 2 }} ${list.inject(0) { s, x -> s + x }} ${list[-1]} ${map.collect { k, v -> k + v }.sort()} ${map.findAll { it.value > 2 }.keySet()} ${[1, 2, 2] as Set} ${list.sum()}"
                        """, "[1, 2, 3, 4] [2, 4, 6, 8] 10 4 [a1, b2, c3, d4] [c, d] [1, 2] 10"),
                Arguments.of("ranges and loops", """
                        def out = []
                        for (i in 1..3) out << i
                        for (int i = 0; i < 2; i++) out << i
                        for (c in 'ab') out << c
                        for (e in [x: 1]) out << e.key
                        3.times { out << it }
                        int n = 0
                        while (n < 2) { n++ }
                        out << n
                        println out
                        """, "[1, 2, 3, 0, 1, a, b, x, 0, 1, 2, 2]"),
                Arguments.of("closures", """
                        def add = { a, b -> a + b }
                        def inc = add.curry(1)
                        def twice = { it * 2 } >> { it + 1 }
                        def fact
                        fact = { n -> n <= 1 ? 1 : n * fact(n - 1) }
                        println "${inc(2)} ${twice(5)} ${fact(5)} ${[1, 2].collect(inc)} ${add.maximumNumberOfParameters}"
                        """, "3 11 120 [2, 3] 2"),
                Arguments.of("script methods and defaults", """
                        def greet(name, greeting = 'Hello') { "${greeting}, ${name}" }
                        int twice(int x) { x * 2 }
                        def all(String... names) { names.join('+') }
                        def withMap(Map options) { options.a }
                        println "${greet('Ann')} ${greet('Bo', 'Hi')} ${twice(4)} ${all('a', 'b')} ${withMap(a: 5)} ${[1, 2].collect { twice(it) }}"
                        """, "Hello, Ann Hi, Bo 8 a+b 5 [2, 4]"),
                Arguments.of("operators on properties, items and variables", """
                        def m = [n: 1, list: [1, 2]]
                        m.n += 2
                        m.n++
                        m.list[0] += 10
                        m.list[1]++
                        def x = 5
                        x -= 1
                        def y = x++
                        counter = 1
                        counter += 1
                        counter++
                        def z = null
                        z ?= 'set'
                        println "${m} ${x} ${y} ${counter} ${z}"
                        """, "[n:4, list:[11, 3]] 5 4 3 set"),
                Arguments.of("switch, in, regex", """
                        def kind(x) {
                          switch (x) {
                            case null: return 'null'
                            case Integer: return 'int'
                            case ~/a.*/: return 'a-word'
                            case [1.5, 2.5]: return 'listed'
                            case { it instanceof Map }: return 'map'
                            default: return 'other'
                          }
                        }
                        def m = 'key=value' =~ /(\\w+)=(\\w+)/
                        println "${[null, 3, 'apple', 2.5, [:], 'zz'].collect { kind(it) }} ${2 in [1, 2]} ${'x' !in ['y']} ${m[0][2]} ${'abc' ==~ /a.c/}"
                        """, "[null, int, a-word, listed, map, other] true true value true"),
                Arguments.of("null-safety, elvis, spread", """
                        def people = [[name: 'ann'], [name: 'bo']]
                        def nothing = null
                        println "${nothing?.size()} ${nothing ?: 'default'} ${people*.name} ${people.name} ${['a', 'b']*.toUpperCase()} ${[*[1, 2], 3]}"
                        """, "null default [ann, bo] [ann, bo] [A, B] [1, 2, 3]"),
                Arguments.of("multiple assignment and conversions", """
                        def (a, b) = [1, 2]
                        def (String s, int n) = ['x', 7]
                        (a, b) = [b, a]
                        List l = [3, 1] as List
                        Set set = [1, 1, 2]
                        String str = "g${1}"
                        long big = 5
                        double d = 1
                        char ch = 'c'
                        println "${a} ${b} ${s} ${n} ${l} ${set} ${str} ${big instanceof Long} ${d} ${ch}"
                        """, "2 1 x 7 [3, 1] [1, 2] g1 true 1.0 c"),
                Arguments.of("closures to Java functional interfaces", """
                        def list = [3, 1, 2]
                        list.removeIf { it == 1 }
                        def m = [:]
                        m.computeIfAbsent('k') { it * 2 }
                        Comparator<Integer> desc = { a, b -> b <=> a }
                        println "${list} ${m} ${[1, 3, 2].toSorted(desc)} ${Optional.of(2).map { it + 1 }.get()}"
                        """, "[3, 2] [k:kk] [3, 2, 1] 3"),
                Arguments.of("method pointers and references", """
                        def twice(n) { n * 2 }
                        def t = this.&twice
                        def up = 'abc'.&toUpperCase
                        def parse = Integer::parseInt
                        println "${[1, 2].collect(t)} ${up()} ${parse('42') + 1}"
                        """, "[2, 4] ABC 43"),
                Arguments.of("exceptions", """
                        def r = []
                        try { throw new IllegalStateException('boom') } catch (IllegalStateException e) { r << e.message } finally { r << 'finally' }
                        try { [1].get(5) } catch (IndexOutOfBoundsException e) { r << 'index' }
                        try { Integer.parseInt('x') } catch (NumberFormatException e) { r << 'number' }
                        println r
                        """, "[boom, finally, index, number]"),
                Arguments.of("dates, times, text building", """
                        def d = java.time.LocalDate.of(2026, 1, 31).plusDays(1)
                        def sb = new StringBuilder('a')
                        sb << 'b'
                        sb.append(1)
                        println "${d} ${d.dayOfWeek} ${java.time.Duration.ofMinutes(90).toHours()} ${sb} ${String.format('%03d', 7)} ${UUID.fromString('00000000-0000-0000-0000-000000000001').leastSignificantBits}"
                        """, "2026-02-01 SUNDAY 1 ab1 007 1"),
                Arguments.of("the API", """
                        def r = api.echo([a: [1, "x${1}"]])
                        println "${api.hello()} ${api.text} ${r} ${api.text.split(' ').size()}"
                        """, "hello hi there [a:[1, x1]] 2"),
                Arguments.of("switch expressions and arrays", """
                        def word(n) { switch (n) { case 1 -> 'one'; case 2 -> 'two'; default -> 'many' } }
                        String[] parts = 'a b c'.split(' ')
                        int[] nums = new int[3]
                        nums[1] = 5
                        println "${(1..3).collect { word(it) }} ${parts.length} ${parts[1]} ${parts.toList()} ${nums.toList()}"
                        """, "[one, two, many] 3 b [a, b, c] [0, 5, 0]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everydayGroovy")
    void everydayGroovyGivesTheSameResultSandboxedAndTrusted(String name, String script, String expected) {
        run(script, true);
        run(script, false);
        assertEquals(List.of(expected, expected), printed, "trusted, then sandboxed");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "@Grab('org.example:evil:1.0') import org.example.Evil",
            "@GrabResolver(name = 'x', root = 'http://example.com') import java.lang.String",
            "def d(@Deprecated x) { x }",
            "''.@value",
            "super.toString()",
            "synchronized (this) { }",
            "def getBinding() { null }",
            "def invokeMethod(String n, Object a) { null }",
            "def println(x) { }",
            "def x = new Object() { String toString() { 'x' } }",
            "interface I { }",
            "def r = [run: { }] as Runnable",
            "Thread t = null",
            "def f(Class c) { c }",
            "java.io.File[] files = []",
            "for (Thread t in []) { }",
    })
    void compileTimeRefusalsNameWhatIsRefused(String attempt) {
        ScriptError error = assertThrows(ScriptError.class, () -> run(attempt, false));
        assertEquals(ScriptError.Kind.REFUSED, error.kind(), error.getMessage());
        assertTrue(error.getMessage().contains("not allowed in a sandboxed script: "), error.getMessage());
    }

    @Test
    void unexportedApiMembersAreRefusedByName() {
        ScriptError error = assertThrows(ScriptError.class, () -> run("api.secret()", false));
        assertEquals(ScriptError.Kind.REFUSED, error.kind(), error.getMessage());
        assertEquals("escape.groovy:1: dev.simplexscript.lang.groovy.GroovySandboxTest$Api.secret() (not part of the script API)"
                + " is not allowed in a sandboxed script (mark the script trusted to lift the sandbox)", error.getMessage());
    }

    @Test
    void hostObjectsShowOnlyTheApiToTrustedScriptsToo() {
        for (boolean trusted : new boolean[] {true, false}) {
            ScriptError error = assertThrows(ScriptError.class, () -> run("println api.secret()", trusted));
            assertEquals(ScriptError.Kind.REFUSED, error.kind(), error.getMessage());
            ScriptError typo = assertThrows(ScriptError.class, () -> run("println api.txet", trusted));
            assertTrue(typo.getMessage().contains("MissingPropertyException"), typo.getMessage());
        }
    }

    @Test
    void namesThatAreNotVariablesAreMissingAndTheScriptObjectIsNotReachable() {
        ScriptError missing = assertThrows(ScriptError.class, () -> run("println nosuchthing", false));
        assertEquals(ScriptError.Kind.ERROR, missing.kind(), missing.getMessage());
        ScriptError binding = assertThrows(ScriptError.class, () -> run("println binding", false));
        assertEquals(ScriptError.Kind.REFUSED, binding.kind(), binding.getMessage());
        assertTrue(binding.getMessage().contains("groovy.lang.Script.getBinding()"), binding.getMessage());
    }

    @Test
    void apiArgumentsAreDataOnlyBoundedAndClearAboutWhy() {
        ScriptError closure = assertThrows(ScriptError.class, () -> run("api.echo([x: { -> 1 }])", false));
        assertTrue(closure.getMessage().contains("a closure at argument 1.x cannot be passed to the API"), closure.getMessage());
        ScriptError wide = assertThrows(ScriptError.class, () -> run("def a = [1]; 20.times { a = [a, a] }; api.echo(a)", false));
        assertTrue(wide.getMessage().contains("more than " + GroovyValues.MAX_ITEMS + " items"), wide.getMessage());
        ScriptError deep = assertThrows(ScriptError.class, () -> run("def a = []; 100.times { a = [a] }; api.echo(a)", false));
        assertTrue(deep.getMessage().contains("nested deeper than " + GroovyValues.MAX_DEPTH), deep.getMessage());
    }

    /** An API object whose text form takes long to produce: the budget runs out meanwhile. */
    public static final class OutOfTime {
        @HostAccess.Export public final String name = "late";

        @Override
        public String toString() {
            Thread.currentThread().interrupt(); // what the watchdog does when the budget is spent
            return "word ".repeat(5000);
        }
    }

    @Test
    void theStdlibRunsUnderTheSameChecksAsTheScript() {
        // chunk() turns its argument into text, then loops: sandboxed, its loop stops at the next
        // checkpoint (line 1, inside the call); unsandboxed it would finish and stop on line 2.
        String script = "def pieces = require('simplex/stdlib').chunk(late, 16)\nprintln pieces.size()";
        try {
            ScriptError error = assertThrows(ScriptError.class, () -> run(script, false, Map.of("late", new OutOfTime())));
            assertEquals(ScriptError.Kind.TIMEOUT, error.kind(), error.getMessage());
            assertEquals(1, error.line(), error.getMessage());
        } finally {
            Thread.interrupted();
        }
    }

    private void run(String text, boolean trusted) {
        run(text, trusted, Map.of("api", new Api()));
    }

    private void run(String text, boolean trusted, Map<String, Object> globals) {
        ScriptEnvironment env = new ScriptEnvironment() {
            @Override public Map<String, Object> globals() { return globals; }
            @Override public Registrar registrar() { return NO_REGISTRAR; }
            @Override public void post(Runnable task) { task.run(); }
            @Override public void print(String line) { printed.add(line); }
        };
        try (ScriptRuntime runtime = groovy.prepare(new ScriptSource(Path.of("escape.groovy"), "escape.groovy", text, trusted), env)) {
            runtime.run();
        }
    }

    /** Also used by SandboxOverhead. */
    static final Registrar NO_REGISTRAR = new Registrar() {
        @Override public void on(String type, GuestFunction handler) {}
        @Override public void command(String name, String description, GuestFunction handler) {}
        @Override public Object every(long millis, GuestFunction fn) { return null; }
        @Override public Object after(long millis, GuestFunction fn) { return null; }
        @Override public Object schedule(String cron, GuestFunction fn) { return null; }
        @Override public void route(String method, String path, GuestFunction handler) {}
    };
}
