package dev.simplexscript.lang.groovy;

import dev.simplexscript.lang.ExportedMembers;
import java.util.Arrays;

/**
 * An API object as a Groovy script sees it, trusted or not: exported methods (plain Java
 * arguments in, results out, futures joined) and exported properties, nothing else.
 */
final class ApiProxy extends GuestFacing {
    private final Object target;
    private final ExportedMembers members;

    ApiProxy(Object target) {
        this.target = target;
        this.members = ExportedMembers.of(target.getClass());
    }

    Object target() {
        return target;
    }

    @Override
    public Object invokeMethod(String name, Object args) {
        if (!members.hasMethod(name)) {
            throw new IllegalArgumentException(target.getClass().getSimpleName() + " has no method '" + name + "' for scripts");
        }
        Object[] values = GroovyValues.argArray(args);
        return GroovyValues.toGuest(GroovyValues.join(members.invoke(target, name, GroovyValues.toJava(Arrays.asList(values)))));
    }

    /** {@code send(chat, text)} in Groovy is {@code send.call(chat, text)}. */
    public Object call(Object... args) {
        return invokeMethod("call", args);
    }

    @Override
    public Object getProperty(String name) {
        if (!members.hasProperty(name)) {
            throw new IllegalArgumentException(target.getClass().getSimpleName() + " has no property '" + name + "' for scripts");
        }
        return GroovyValues.toGuest(members.read(target, name));
    }

    @Override
    public void setProperty(String name, Object value) {
        throw new SandboxRefusal("setting " + name + " on an API object");
    }

    @Override
    public String toString() {
        return target.toString();
    }
}
