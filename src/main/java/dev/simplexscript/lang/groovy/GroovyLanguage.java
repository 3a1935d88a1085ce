package dev.simplexscript.lang.groovy;

import dev.simplexscript.lang.ScriptEnvironment;
import dev.simplexscript.lang.ScriptError;
import dev.simplexscript.lang.ScriptLanguage;
import dev.simplexscript.lang.ScriptRuntime;
import dev.simplexscript.lang.ScriptSource;
import dev.simplexscript.lang.groovy.sandbox.SandboxedCompilation;
import groovy.lang.GroovyClassLoader;
import groovy.lang.GroovyCodeSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.codehaus.groovy.control.CompilationFailedException;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.MultipleCompilationErrorsException;

/**
 * Groovy scripts. Each version compiles in its own {@link GroovyClassLoader}, so a reload drops
 * the old classes with the loader. Untrusted scripts compile with the sandbox
 * ({@link SandboxedCompilation}: compile-time refusals, then every operation routed through a
 * default-deny check of the member it resolves to); global AST transforms found on the class path
 * (such as {@code @Grab}'s) are switched off for every script.
 */
public final class GroovyLanguage implements ScriptLanguage {
    private static final Set<String> GLOBAL_TRANSFORMS = globalTransforms();

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().endsWith(".groovy");
    }

    @Override
    public ScriptRuntime prepare(ScriptSource source, ScriptEnvironment env) {
        // Not at construction: a host running only JavaScript bots never pays for Groovy's stdlib.
        StdlibClass.warmUp();
        GroovyClassLoader loader = new GroovyClassLoader(GroovyLanguage.class.getClassLoader(), configuration(source.trusted(), globalNames(env)));
        try {
            Class<?> scriptClass = loader.parseClass(new GroovyCodeSource(source.text(), source.name(), "/simplex-script/bots"), false);
            return new GroovyRuntime(source.name(), loader, scriptClass, env);
        } catch (MultipleCompilationErrorsException e) {
            closeQuietly(loader);
            throw GroovyErrors.compile(e, source.name());
        } catch (CompilationFailedException e) {
            closeQuietly(loader);
            throw new ScriptError(ScriptError.Kind.SYNTAX, source.name(), 0, e.getMessage());
        }
    }

    /** @param globals the names the script's binding will hold, which its bare names must mean ({@link GlobalNames}) */
    static CompilerConfiguration configuration(boolean trusted, Set<String> globals) {
        CompilerConfiguration config = new CompilerConfiguration();
        config.setDisabledGlobalASTTransformations(GLOBAL_TRANSFORMS);
        config.addCompilationCustomizers(new GlobalNames(globals));
        if (trusted) {
            config.setScriptBaseClass(BotScript.class.getName());
        } else {
            SandboxedCompilation.apply(config, BotScript.class);
        }
        return config;
    }

    private static Set<String> globalNames(ScriptEnvironment env) {
        Set<String> names = new HashSet<>(env.globals().keySet());
        names.addAll(HostFunctions.NAMES);
        return names;
    }

    /** Every global transform registered on the class path, read the way Groovy itself finds them. */
    private static Set<String> globalTransforms() {
        Set<String> names = new HashSet<>();
        try {
            for (URL url : Collections.list(GroovyLanguage.class.getClassLoader()
                    .getResources("META-INF/services/org.codehaus.groovy.transform.ASTTransformation"))) {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
                    in.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list Groovy's global AST transforms", e);
        }
        return Set.copyOf(names);
    }

    private static void closeQuietly(GroovyClassLoader loader) {
        try {
            loader.close();
        } catch (IOException e) {
            // Nothing was loaded from it; the failure to compile is what matters.
        }
    }

    @Override
    public void close() {
        // Nothing shared: each script version owns its class loader.
    }
}
