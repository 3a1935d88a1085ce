package dev.simplexscript.lang.groovy;

import dev.simplexscript.lang.Stdlib;
import groovy.lang.GroovyClassLoader;
import groovy.lang.GroovyCodeSource;

/**
 * The Groovy stdlib, compiled once per JVM: it keeps no state in its class (each script runs its
 * own instance against its own bindings), and compiling it inside every script's first
 * {@code require} would eat that script's time budget.
 */
final class StdlibClass {
    private StdlibClass() {}

    private static final class Holder {
        static final Class<?> CLASS = compile();
    }

    static Class<?> get() {
        return Holder.CLASS;
    }

    /** Compiles it in the background, so the first script that requires it does not wait. */
    static void warmUp() {
        Thread.ofVirtual().name("groovy-stdlib-compile").start(StdlibClass::get);
    }

    @SuppressWarnings("resource") // lives as long as the class it defined
    private static Class<?> compile() {
        GroovyClassLoader loader = new GroovyClassLoader(GroovyLanguage.class.getClassLoader(), GroovyLanguage.configuration(true));
        return loader.parseClass(new GroovyCodeSource(Stdlib.source("groovy", "groovy"), Stdlib.NAME + ".groovy",
                "/simplex-script/stdlib"), false);
    }
}
