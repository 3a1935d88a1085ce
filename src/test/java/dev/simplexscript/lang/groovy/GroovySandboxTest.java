package dev.simplexscript.lang.groovy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import org.graalvm.polyglot.HostAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An untrusted Groovy script reaches nothing outside its allow list. */
class GroovySandboxTest {
    private final GroovyLanguage groovy = new GroovyLanguage();
    private final List<String> printed = new CopyOnWriteArrayList<>();

    /** An API object with one exported and one hidden method. */
    public static final class Api {
        @HostAccess.Export
        public String hello() {
            return "hello";
        }

        public String secret() {
            return "secret";
        }
    }

    private void run(String text) {
        ScriptEnvironment env = new ScriptEnvironment() {
            @Override public Map<String, Object> globals() { return Map.of("api", new Api()); }
            @Override public Registrar registrar() { return NO_REGISTRAR; }
            @Override public void post(Runnable task) { task.run(); }
            @Override public void print(String line) { printed.add(line); }
        };
        try (ScriptRuntime runtime = groovy.prepare(new ScriptSource(Path.of("escape.groovy"), "escape.groovy", text, false), env)) {
            runtime.run();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "System.exit(1)",
            "Runtime.getRuntime().exec('id')",
            "Runtime.runtime.exec('id')",
            "'id'.execute()",
            "new File('/etc/passwd').text",
            "new java.io.File('/etc/passwd').exists()",
            "new FileInputStream('/etc/passwd')",
            "new URL('http://example.com').text",
            "'http://example.com'.toURL().text",
            "new Socket('localhost', 80)",
            "Class.forName('java.lang.Runtime')",
            "''.getClass().forName('java.lang.Runtime')",
            "''.class.forName('java.lang.Runtime')",
            "def c = Runtime; c.getRuntime()",
            "String.getMethods()",
            "this.class.classLoader",
            "evaluate('System.exit(1)')",
            "this.evaluate('1')",
            "new GroovyShell().evaluate('1')",
            "Eval.me('1')",
            "String.metaClass.foo = { 1 }",
            "''.metaClass",
            "ExpandoMetaClass.enableGlobally()",
            "this.invokeMethod('evaluate', '1')",
            "this.getProperty('binding')",
            "getBinding()",
            "Thread.start { }",
            "new Thread({ }).start()",
            "sleep(10)",
            "System.getenv('HOME')",
            "System.getProperty('user.home')",
            "System.setProperty('x', 'y')",
            "[1].getClass()",
            "[:].getClass()",
            "def c = { -> 1 }; c.delegate",
            "def c = { -> 1 }; c.owner.binding",
            "'x'.with { getClass() }",
            "api.getClass()",
            "dev.simplexscript.lang.groovy.Sandbox.setVariable(this, 'x', 1)",
            "org.codehaus.groovy.runtime.InvokerHelper.invokeMethod(this, 'evaluate', '1')",
            "Integer.getInteger('x')",
            "java.lang.reflect.Array.newInstance(String, 1)",
            "ClassLoader.systemClassLoader",
            "Thread.currentThread().contextClassLoader",
            "new ProcessBuilder('id').start()",
            "java.nio.file.Files.readString(java.nio.file.Path.of('/etc/passwd'))",
    })
    void runtimeEscapesAreRefused(String attempt) {
        ScriptError error = assertThrows(ScriptError.class, () -> run(attempt));
        assertEquals(ScriptError.Kind.REFUSED, error.kind(), error.getMessage());
        assertEquals("escape.groovy", error.file());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "@Grab('org.example:evil:1.0') import org.example.Evil",
            "@groovy.transform.ASTTest(value = { System.exit(1) }) def x = 1",
            "class Evil { }",
            "def x = new Object() { String toString() { 'x' } }",
            "'x'.&toString",
            "System.&exit",
            "def f = String::valueOf",
            "''.@value",
            "super.evaluate('1')",
            "synchronized (this) { }",
            "def f = 'x' as File",
            "def r = [run: { }] as Runnable",
            "def d(@Deprecated x) { x }",
    })
    void compileTimeEscapesAreRefused(String attempt) {
        ScriptError error = assertThrows(ScriptError.class, () -> run(attempt));
        assertEquals(ScriptError.Kind.REFUSED, error.kind(), error.getMessage());
    }

    @Test
    void unexportedApiMethodsDoNotExist() {
        ScriptError error = assertThrows(ScriptError.class, () -> run("api.secret()"));
        assertEquals("escape.groovy:1: IllegalArgumentException: Api has no method 'secret' for scripts", error.getMessage());
    }

    @Test
    void bindingVariablesThatDoNotExistAreMissingNotLeaked() {
        ScriptError error = assertThrows(ScriptError.class, () -> run("println binding"));
        assertEquals(ScriptError.Kind.ERROR, error.kind(), error.getMessage());
    }

    @Test
    void exportedMembersAndPlainGroovyWork() {
        run("""
                def words = 'b a c'.tokenize(' ').sort()
                println "${api.hello()} ${words.join(',')} ${[a: 1].a} ${(1..3).sum()} ${Math.abs(-2)}"
                """);
        assertEquals(List.of("hello a,b,c 1 6 2"), printed);
    }

    private static final Registrar NO_REGISTRAR = new Registrar() {
        @Override public void on(String type, GuestFunction handler) {}
        @Override public void command(String name, String description, GuestFunction handler) {}
        @Override public Object every(long millis, GuestFunction fn) { return null; }
        @Override public Object after(long millis, GuestFunction fn) { return null; }
        @Override public Object schedule(String cron, GuestFunction fn) { return null; }
        @Override public void route(String method, String path, GuestFunction handler) {}
    };
}
