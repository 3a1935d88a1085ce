package dev.simplexscript.lang.js;

import dev.simplexscript.lang.ExportedMembers;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * An API object as a script sees it: its exported fields and getters read as properties, its
 * exported methods as functions, and an object with an exported {@code call} method is itself
 * callable ({@code send(chat, text)}). Read-only.
 */
final class JsApiObject implements ProxyObject, ProxyExecutable {
    private final Object target;
    private final ExportedMembers members;
    private final JsValues values;

    JsApiObject(Object target, JsValues values) {
        this.target = target;
        this.members = ExportedMembers.of(target.getClass());
        this.values = values;
    }

    Object target() {
        return target;
    }

    @Override
    public Object getMember(String key) {
        if (members.hasProperty(key)) return guard(() -> values.toGuest(members.read(target, key)));
        if (members.hasMethod(key)) return (ProxyExecutable) args -> invoke(key, args);
        return null;
    }

    @Override
    public Object getMemberKeys() {
        return ProxyArray.fromList(new ArrayList<>(members.names()));
    }

    @Override
    public boolean hasMember(String key) {
        return members.hasProperty(key) || members.hasMethod(key);
    }

    @Override
    public void putMember(String key, Value value) {
        throw new UnsupportedOperationException(key + " is read-only");
    }

    @Override
    public Object execute(Value... args) {
        if (!members.hasMethod("call")) {
            throw values.error(new IllegalArgumentException("this object is not a function")).throwException();
        }
        return invoke("call", args);
    }

    private Object invoke(String method, Value[] args) {
        return guard(() -> {
            List<Object> plain = new ArrayList<>(args.length);
            for (Value arg : args) plain.add(values.toJava(arg));
            return values.toGuest(members.invoke(target, method, plain));
        });
    }

    /** Java failures become JS errors the script can catch, naming the cause. */
    private Object guard(java.util.function.Supplier<Object> body) {
        try {
            return body.get();
        } catch (RuntimeException e) {
            throw values.error(e).throwException();
        }
    }

    @Override
    public String toString() {
        return target.toString();
    }
}
