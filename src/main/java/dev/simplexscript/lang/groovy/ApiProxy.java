package dev.simplexscript.lang.groovy;

import dev.simplexscript.lang.ExportedMembers;

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
    public Object invokeMember(String name, Object[] args) {
        if (!members.hasMethod(name)) throw notAMethod(target.getClass(), name, args);
        return GroovyValues.toGuest(GroovyValues.join(members.invoke(target, name, GroovyValues.toJava(args))));
    }

    @Override
    public Object readMember(String name) {
        if (!members.hasProperty(name)) throw notAProperty(target.getClass(), name);
        return GroovyValues.toGuest(members.read(target, name));
    }

    /** {@code send(chat, text)} in Groovy is {@code send.call(chat, text)}. */
    public Object call(Object... args) {
        return invokeMember("call", args);
    }

    @Override
    String scriptName() {
        return target.getClass().getSimpleName();
    }

    @Override
    public String toString() {
        return target.toString();
    }
}
