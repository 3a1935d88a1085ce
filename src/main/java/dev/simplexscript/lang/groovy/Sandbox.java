package dev.simplexscript.lang.groovy;

import groovy.lang.Binding;
import groovy.lang.MissingPropertyException;
import groovy.lang.Script;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.codehaus.groovy.runtime.InvokerHelper;

/**
 * The run-time half of the Groovy sandbox: {@link SandboxTransformer} turns every call, property
 * access and constructor of a sandboxed script into a call to one of these methods, which check
 * the actual receiver against {@link CallPolicy} and refuse by default. Public only because
 * compiled scripts call it.
 */
public final class Sandbox {
    private static final ClassValue<Set<String>> SCRIPT_METHODS = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            return Set.copyOf(Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> !m.isSynthetic() && !m.getName().contains("$"))
                    .map(java.lang.reflect.Method::getName)
                    .filter(n -> !n.equals("run") && !n.equals("main"))
                    .toList());
        }
    };

    private Sandbox() {}

    /** Stops the script here once its budget ran out (the dispatcher thread was interrupted). */
    public static void checkpoint() {
        if (Thread.currentThread().isInterrupted()) throw new ScriptInterrupted();
    }

    public static Object call(Object receiver, Object name, List<Object> args, boolean safe, boolean spread) {
        checkpoint();
        String method = String.valueOf(name);
        if (receiver == null) {
            if (safe) return null;
            throw new NullPointerException("Cannot invoke method " + method + "() on null object");
        }
        if (spread) {
            List<Object> out = new ArrayList<>();
            for (Object item : items(receiver)) out.add(call(item, method, args, true, false));
            return out;
        }
        if (CallPolicy.DENIED_EVERYWHERE.contains(method)) throw refusal(receiver, method + "()");
        if (receiver instanceof Class<?> type) return callStatic(type, method, args);
        if (receiver instanceof Script script) return callThis(script, method, args);
        if (receiver instanceof GuestFacing facing) return facing.invokeMethod(method, args.toArray());
        if (!CallPolicy.allowsMethod(receiver, method)) throw refusal(receiver, method + "()");
        return InvokerHelper.invokeMethod(receiver, method, args.toArray());
    }

    /** A call with no receiver (or {@code this}): the script's own methods, its callable variables, println. */
    public static Object callThis(Object self, Object name, List<Object> args) {
        checkpoint();
        Script script = (Script) self;
        String method = String.valueOf(name);
        if (SCRIPT_METHODS.get(script.getClass()).contains(method)) {
            return InvokerHelper.invokeMethod(script, method, args.toArray());
        }
        if (method.equals("println") || method.equals("print")) {
            script.println(args.isEmpty() ? "" : args.get(0));
            return null;
        }
        Binding binding = script.getBinding();
        if (binding.hasVariable(method)) return call(binding.getVariable(method), "call", args, false, false);
        throw new SandboxRefusal(method + "()");
    }

    public static Object callStatic(Class<?> type, String method, List<Object> args) {
        checkpoint();
        if (!CallPolicy.allowsStatic(type, method)) throw new SandboxRefusal(type.getSimpleName() + "." + method + "()");
        return InvokerHelper.invokeStaticMethod(type, method, args.toArray());
    }

    public static Object construct(Class<?> type, List<Object> args) {
        checkpoint();
        if (!CallPolicy.allowsConstructor(type)) throw new SandboxRefusal("new " + type.getSimpleName() + "(...)");
        return InvokerHelper.invokeConstructorOf(type, args.toArray());
    }

    public static Object getProperty(Object receiver, Object name, boolean safe, boolean spread) {
        String property = String.valueOf(name);
        if (receiver == null) {
            if (safe) return null;
            throw new NullPointerException("Cannot get property '" + property + "' on null object");
        }
        if (spread) {
            List<Object> out = new ArrayList<>();
            for (Object item : items(receiver)) out.add(getProperty(item, property, true, false));
            return out;
        }
        if (receiver instanceof Map<?, ?> map) return map.get(property);
        if (CallPolicy.DENIED_EVERYWHERE.contains(property)) throw refusal(receiver, "." + property);
        if (receiver instanceof Script script) return getVariable(script, property);
        if (receiver instanceof Class<?> type) return staticField(type, property);
        if (receiver instanceof GuestFacing facing) return facing.getProperty(property);
        String suffix = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        if (CallPolicy.allowsMethod(receiver, "get" + suffix) || CallPolicy.allowsMethod(receiver, "is" + suffix)) {
            return InvokerHelper.getProperty(receiver, property);
        }
        if (receiver instanceof Collection<?>) return getProperty(receiver, property, true, true);
        throw refusal(receiver, "." + property);
    }

    public static Object setProperty(Object receiver, Object name, Object value) {
        String property = String.valueOf(name);
        if (receiver instanceof Script script) return setVariable(script, property, value);
        if (receiver instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked") Map<Object, Object> writable = (Map<Object, Object>) map;
            writable.put(property, value);
            return value;
        }
        throw refusal(receiver, "." + property + " = ...");
    }

    public static Object getVariable(Object self, String name) {
        Binding binding = ((Script) self).getBinding();
        if (!binding.hasVariable(name)) throw new MissingPropertyException(name, self.getClass());
        return binding.getVariable(name);
    }

    public static Object setVariable(Object self, String name, Object value) {
        ((Script) self).getBinding().setVariable(name, value);
        return value;
    }

    private static Object staticField(Class<?> type, String name) {
        if (!CallPolicy.allowsStaticFields(type)) throw new SandboxRefusal(type.getSimpleName() + "." + name);
        try {
            Field field = type.getField(name);
            if (!Modifier.isStatic(field.getModifiers())) throw new SandboxRefusal(type.getSimpleName() + "." + name);
            return field.get(null);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            throw new MissingPropertyException(name, type);
        }
    }

    private static Iterable<?> items(Object receiver) {
        if (receiver instanceof Iterable<?> iterable) return iterable;
        if (receiver instanceof Object[] array) return Arrays.asList(array);
        throw refusal(receiver, "*. (spread)");
    }

    private static SandboxRefusal refusal(Object receiver, String what) {
        String type = receiver instanceof Class<?> c ? c.getSimpleName() : receiver.getClass().getSimpleName();
        return new SandboxRefusal(type + (what.startsWith(".") ? "" : ".") + what);
    }
}
