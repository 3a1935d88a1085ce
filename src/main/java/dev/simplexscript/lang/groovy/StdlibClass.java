package dev.simplexscript.lang.groovy;

import dev.simplexscript.lang.Stdlib;
import groovy.lang.GroovyClassLoader;
import groovy.lang.GroovyCodeSource;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.codehaus.groovy.runtime.InvokerHelper;

/**
 * The Groovy stdlib, compiled once per JVM and under the same sandbox as untrusted scripts, so no
 * value a script hands it is ever handled outside the sandbox's checks. It keeps no state in its
 * class (each script runs its own instance against its own bindings), and compiling it inside
 * every script's first {@code require} would eat that script's time budget.
 */
final class StdlibClass {
    private StdlibClass() {}

    private static final class Holder {
        static final Class<?> CLASS = warm(compile());
    }

    static Class<?> get() {
        return Holder.CLASS;
    }

    private static final AtomicBoolean WARMING = new AtomicBoolean();

    /**
     * Compiles and runs it once in the background, the first time a Groovy script is prepared, so
     * the first script that requires it does not wait, and Groovy's first-use set-up is usually
     * paid outside any script's time budget.
     */
    static void warmUp() {
        if (WARMING.compareAndSet(false, true)) Thread.ofVirtual().name("groovy-stdlib-compile").start(StdlibClass::get);
    }

    /** Runs the stdlib's top level once: the first sandboxed run sets up Groovy's runtime and the sandbox's caches. */
    private static Class<?> warm(Class<?> stdlib) {
        InvokerHelper.createScript(stdlib, new SandboxBinding(line -> {})).run();
        return stdlib;
    }

    @SuppressWarnings("resource") // lives as long as the class it defined
    private static Class<?> compile() {
        GroovyClassLoader loader = new GroovyClassLoader(GroovyLanguage.class.getClassLoader(), GroovyLanguage.configuration(false, Set.of()));
        return loader.parseClass(new GroovyCodeSource(Stdlib.source("groovy", "groovy"), Stdlib.NAME + ".groovy",
                "/simplex-script/stdlib"), false);
    }
}
