package dev.simplexscript.lang.groovy;

import dev.simplexscript.lang.groovy.sandbox.GuestObject;
import dev.simplexscript.lang.groovy.sandbox.SandboxRefusal;
import groovy.lang.GroovyObjectSupport;
import groovy.lang.MissingMethodException;
import groovy.lang.MissingPropertyException;

/**
 * Host objects built for Groovy scripts (API proxies, {@code on}, {@code command}, timers, stdlib
 * helpers). Each lists its own members; nothing else about it is reachable, in a sandboxed script
 * (which hands it calls as a {@link GuestObject}) or a trusted one (whose dynamic calls and
 * property reads land in the overrides below, never in the object's fields).
 */
abstract class GuestFacing extends GroovyObjectSupport implements GuestObject {

    @Override
    public final Object invokeMethod(String name, Object args) {
        return invokeMember(name, GroovyValues.argArray(args));
    }

    @Override
    public final Object getProperty(String name) {
        return readMember(name);
    }

    @Override
    public final void setProperty(String name, Object value) {
        throw new SandboxRefusal("setting " + name + " on " + scriptName());
    }

    /** What a script calls this object in error messages ({@code on}, {@code store}, ...). */
    abstract String scriptName();

    /**
     * The error for a name that is not a member: refused when the object behind it or this facade
     * has such a field or method (a trusted script's dynamic call would reach it), else missing.
     */
    RuntimeException notAMethod(Class<?> owner, String name, Object[] args) {
        if (declares(owner, name) || declares(getClass(), name)) return new SandboxRefusal(owner.getName() + "." + name + "() (not part of the script API)");
        return new MissingMethodException(name, owner, args);
    }

    RuntimeException notAProperty(Class<?> owner, String name) {
        if (declares(owner, name) || declares(getClass(), name)) return new SandboxRefusal(owner.getName() + "." + name + " (not part of the script API)");
        return new MissingPropertyException(name, owner);
    }

    private static boolean declares(Class<?> owner, String name) {
        String accessor = name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (Class<?> c = owner; c != null; c = c.getSuperclass()) {
            for (var f : c.getDeclaredFields()) {
                if (f.getName().equals(name)) return true;
            }
            for (var m : c.getDeclaredMethods()) {
                if (m.getName().equals(name) || m.getName().equals("get" + accessor) || m.getName().equals("is" + accessor)) return true;
            }
        }
        return false;
    }
}
