package dev.simplexscript.lang.groovy;

import dev.simplexscript.lang.ScriptEnvironment;
import dev.simplexscript.lang.ScriptError;
import dev.simplexscript.lang.ScriptRuntime;
import dev.simplexscript.lang.Stdlib;
import groovy.lang.GroovyClassLoader;
import groovy.lang.Script;
import java.io.IOException;
import java.util.Map;
import org.codehaus.groovy.runtime.InvokerHelper;

/**
 * One Groovy script version: its own class loader (dropped with it) and script instance. A
 * budget interrupt is the dispatcher thread's interrupt flag, which the checkpoints compiled into
 * every loop, closure and method notice.
 */
final class GroovyRuntime implements ScriptRuntime {
    private final String name;
    private final GroovyClassLoader loader;
    private final Script script;
    private volatile Thread running;
    private final SandboxBinding binding;
    private Object stdlib;

    GroovyRuntime(String name, GroovyClassLoader loader, Class<?> scriptClass, ScriptEnvironment env) {
        this.name = name;
        this.loader = loader;
        this.binding = new SandboxBinding(env::print);
        for (Map.Entry<String, Object> global : env.globals().entrySet()) {
            binding.setVariable(global.getKey(), GroovyValues.toGuest(global.getValue()));
        }
        HostFunctions.create(env.registrar(), this, env.globals().get("http")).forEach(binding::setVariable);
        this.script = InvokerHelper.createScript(scriptClass, binding);
    }

    @Override
    public void run() {
        enter(script::run);
    }

    /** Runs guest code on this thread, turning what it throws into a {@link ScriptError}. */
    void enter(Runnable body) {
        Thread previous = running;
        running = Thread.currentThread();
        try {
            body.run();
        } catch (ScriptError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) throw e;
            throw GroovyErrors.runtime(e, name);
        } finally {
            running = previous;
        }
    }

    /**
     * {@code require('simplex/stdlib')}: our own Groovy source, compiled once under the sandbox and
     * run against the script's bindings, so its helpers use the same API, store and timers as the
     * script and meet the same checks.
     */
    Object stdlib() {
        if (stdlib == null) stdlib = StdlibObject.wrap(InvokerHelper.createScript(StdlibClass.get(), binding).run());
        return stdlib;
    }

    @Override
    public boolean interrupt() {
        Thread t = running;
        if (t != null) t.interrupt();
        return true;
    }

    @Override
    public void close() {
        try {
            loader.close();
        } catch (IOException e) {
            throw new ScriptError(ScriptError.Kind.ERROR, name, 0, "cannot release class loader: " + e.getMessage());
        }
    }
}
