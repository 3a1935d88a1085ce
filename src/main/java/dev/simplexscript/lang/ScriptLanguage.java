package dev.simplexscript.lang;

import java.nio.file.Path;

/** One scripting language: recognises its files and prepares runtimes for them. */
public interface ScriptLanguage extends AutoCloseable {

    /** True for files this language runs (by extension). */
    boolean accepts(Path file);

    /**
     * Compiles {@code source} into a fresh, isolated runtime bound to {@code env}; the top level
     * runs only on {@link ScriptRuntime#run()}. Throws {@link ScriptError} on a syntax error.
     */
    ScriptRuntime prepare(ScriptSource source, ScriptEnvironment env);

    @Override
    void close();
}
