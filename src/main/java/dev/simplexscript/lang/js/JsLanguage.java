package dev.simplexscript.lang.js;

import dev.simplexscript.lang.ScriptEnvironment;
import dev.simplexscript.lang.ScriptLanguage;
import dev.simplexscript.lang.ScriptRuntime;
import dev.simplexscript.lang.ScriptSource;
import java.io.OutputStream;
import java.nio.file.Path;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.SandboxPolicy;

/**
 * JavaScript on GraalJS. One {@link Engine} is shared by all scripts so parsed code and warm-up are
 * paid once (a first context costs ~1.3 s, each further one a few ms); it is created on the first
 * {@code .js} file so a Groovy-only host never pays for it.
 */
public final class JsLanguage implements ScriptLanguage {
    private Engine engine;

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().endsWith(".js");
    }

    @Override
    public ScriptRuntime prepare(ScriptSource source, ScriptEnvironment env) {
        return JsRuntime.create(engine(), source, env);
    }

    private synchronized Engine engine() {
        if (engine == null) {
            engine = Engine.newBuilder("js")
                    .sandbox(SandboxPolicy.CONSTRAINED)
                    .out(OutputStream.nullOutputStream())
                    .err(OutputStream.nullOutputStream())
                    .option("engine.WarnInterpreterOnly", "false")
                    .build();
        }
        return engine;
    }

    @Override
    public synchronized void close() {
        if (engine != null) {
            engine.close(true);
            engine = null;
        }
    }
}
