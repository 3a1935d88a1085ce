package dev.simplexscript.lang.groovy;

import groovy.lang.Binding;
import groovy.lang.Closure;
import groovy.lang.MissingMethodException;
import groovy.lang.Script;

/**
 * Base class of every Groovy bot script. Groovy only calls binding variables that are closures;
 * this makes the host's callable objects ({@code send(...)}, {@code command(...)}) callable too,
 * and sends {@code println} to the script's log instead of the host's standard output.
 */
public abstract class BotScript extends Script {

    protected BotScript() {
    }

    protected BotScript(Binding binding) {
        super(binding);
    }

    @Override
    public Object invokeMethod(String name, Object args) {
        try {
            return super.invokeMethod(name, args);
        } catch (MissingMethodException e) {
            if (!name.equals(e.getMethod()) || !getBinding().hasVariable(name)) throw e;
            Object target = getBinding().getVariable(name);
            if (target instanceof GuestFacing facing) return facing.invokeMethod("call", args);
            if (target instanceof Closure<?> closure) return closure.call(GroovyValues.argArray(args));
            throw e;
        }
    }

    @Override
    public void println(Object value) {
        if (getBinding() instanceof SandboxBinding b) b.print(String.valueOf(value));
    }

    @Override
    public void println() {
        println("");
    }

    @Override
    public void print(Object value) {
        println(value);
    }
}
