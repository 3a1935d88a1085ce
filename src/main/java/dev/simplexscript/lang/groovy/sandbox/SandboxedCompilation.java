package dev.simplexscript.lang.groovy.sandbox;

import groovy.lang.Script;
import org.codehaus.groovy.control.CompilerConfiguration;

/** How an untrusted script is compiled: the compile-time refusals, then the rewrite into sandbox calls. */
public final class SandboxedCompilation {
    private SandboxedCompilation() {}

    /** Adds the sandbox to {@code config}; scripts compiled with it extend {@code scriptBase}. */
    public static void apply(CompilerConfiguration config, Class<? extends Script> scriptBase) {
        // CompileRules sets the base class itself: the configured way adds an annotation it refuses.
        config.addCompilationCustomizers(new CompileRules(scriptBase), new SandboxTransformer.Customizer());
    }
}
