package dev.simplexscript.lang.js;

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
import org.graalvm.polyglot.HostAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A JS script reaches nothing but the API objects it is given. */
class JsSandboxTest {
    static JsLanguage js;
    final List<String> printed = new CopyOnWriteArrayList<>();

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

    @BeforeAll
    static void engine() {
        js = new JsLanguage();
    }

    @AfterAll
    static void close() {
        js.close();
    }

    private void run(String text) {
        ScriptEnvironment env = new ScriptEnvironment() {
            @Override public Map<String, Object> globals() { return Map.of("api", new Api()); }
            @Override public Registrar registrar() { return NO_REGISTRAR; }
            @Override public void post(Runnable task) { task.run(); }
            @Override public void print(String line) { printed.add(line); }
        };
        try (ScriptRuntime runtime = js.prepare(new ScriptSource(Path.of("escape.js"), "escape.js", text, false), env)) {
            runtime.run();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Java", "Polyglot", "Packages", "java", "load", "process", "Graal",
            "quit", "exit", "readline", "readbuffer", "setTimeout", "Worker", "importPackage", "loadWithNewGlobal"})
    void hostGlobalsAreUndefined(String name) {
        run("console.log(typeof " + name + ")");
        assertEquals(List.of("undefined"), printed);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Java.type('java.lang.System').exit(1)",
            "Polyglot.eval('js', '1')",
            "load('/etc/passwd')",
            "require('fs').readFileSync('/etc/passwd')",
            "process.exit(1)",
            "api.secret()",
            "api.getClass().forName('java.lang.Runtime')",
            "api.constructor.constructor('return Java')().type('java.io.File')",
            "new Worker('x.js')",
            "import('fs')",
    })
    void escapesFail(String attempt) {
        ScriptError error = assertThrows(ScriptError.class, () -> run(attempt));
        assertEquals(ScriptError.Kind.ERROR, error.kind(), error.getMessage());
    }

    @Test
    void requireGivesOnlyTheStdlib() {
        run("console.log(typeof require('simplex/stdlib').chunk, require('simplex/stdlib') === require('simplex/stdlib'))");
        assertEquals(List.of("function true"), printed);
        ScriptError error = assertThrows(ScriptError.class, () -> run("require('fs')"));
        assertTrue(error.getMessage().contains("only 'simplex/stdlib' can be required"), error.getMessage());
    }

    @Test
    void exportedMembersAreAllThereIs() {
        run("console.log(api.hello(), Object.keys(api).join(','), typeof api.secret, typeof api.getClass)");
        assertEquals(List.of("hello hello undefined undefined"), printed);
    }

    @Test
    void syntaxErrorNamesFileAndLine() {
        ScriptError error = assertThrows(ScriptError.class, () -> run("const a = 1\nconst = 2\n"));
        assertEquals(ScriptError.Kind.SYNTAX, error.kind());
        assertEquals(2, error.line(), error.getMessage());
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
