package dev.simplexscript.lang;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.graalvm.polyglot.HostAccess;

/**
 * The script-visible surface of an API class: its {@code @HostAccess.Export}ed public methods and
 * fields, and nothing else. Both language adapters go through here, so JS and Groovy see the same
 * names: methods by name, and {@code x.text} reads an exported field {@code text} or an exported
 * getter {@code getText()}/{@code isText()}.
 */
public final class ExportedMembers {
    private static final Map<Class<?>, ExportedMembers> CACHE = new ConcurrentHashMap<>();

    private final Map<String, List<Method>> methods;
    private final Map<String, Field> fields;
    private final Map<String, Method> getters;

    private ExportedMembers(Class<?> type) {
        Map<String, List<Method>> byName = new LinkedHashMap<>();
        Map<String, Method> getterByProperty = new LinkedHashMap<>();
        for (Method m : type.getMethods()) {
            if (!m.isAnnotationPresent(HostAccess.Export.class) || Modifier.isStatic(m.getModifiers())) continue;
            byName.computeIfAbsent(m.getName(), k -> new ArrayList<>()).add(m);
            propertyOf(m).ifPresent(p -> getterByProperty.putIfAbsent(p, m));
        }
        Map<String, Field> exportedFields = new LinkedHashMap<>();
        for (Field f : type.getFields()) {
            if (f.isAnnotationPresent(HostAccess.Export.class) && !Modifier.isStatic(f.getModifiers())) {
                exportedFields.put(f.getName(), f);
            }
        }
        this.methods = Map.copyOf(byName);
        this.fields = Map.copyOf(exportedFields);
        this.getters = Map.copyOf(getterByProperty);
    }

    /** The exported surface of {@code type} (cached). */
    public static ExportedMembers of(Class<?> type) {
        return CACHE.computeIfAbsent(type, ExportedMembers::new);
    }

    /** True for objects of API classes: any exported member at all. */
    public static boolean isApiObject(Object value) {
        return value != null && !of(value.getClass()).isEmpty();
    }

    public boolean isEmpty() {
        return methods.isEmpty() && fields.isEmpty();
    }

    public boolean hasMethod(String name) {
        return methods.containsKey(name);
    }

    public boolean hasProperty(String name) {
        return fields.containsKey(name) || getters.containsKey(name);
    }

    /** Member names a script can see: methods, fields and getter-derived properties. */
    public Set<String> names() {
        Set<String> names = new LinkedHashSet<>(fields.keySet());
        names.addAll(getters.keySet());
        names.addAll(methods.keySet());
        return names;
    }

    /** Reads an exported field or getter-derived property. */
    public Object read(Object target, String name) {
        try {
            Field f = fields.get(name);
            if (f != null) return f.get(target);
            Method getter = getters.get(name);
            if (getter != null) return unwrap(() -> getter.invoke(target));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + name + ": " + e.getMessage(), e);
        }
        throw new IllegalArgumentException(target.getClass().getSimpleName() + " has no property '" + name + "'");
    }

    /**
     * Calls the exported method {@code name} whose parameters fit {@code args} (plain Java values).
     * Exceptions thrown by the method propagate unchanged.
     */
    public Object invoke(Object target, String name, List<Object> args) {
        List<Method> candidates = methods.get(name);
        if (candidates == null) {
            throw new IllegalArgumentException(target.getClass().getSimpleName() + " has no method '" + name + "'");
        }
        for (Method m : candidates) {
            Object[] actual = Arguments.fit(m, args);
            if (actual != null) return unwrap(() -> m.invoke(target, actual));
        }
        throw new IllegalArgumentException(name + "(" + Arguments.describe(args) + "): no variant of '"
                + name + "' takes these arguments");
    }

    private static Optional<String> propertyOf(Method m) {
        if (m.getParameterCount() != 0 || m.getReturnType() == void.class) return Optional.empty();
        String n = m.getName();
        int prefix = n.startsWith("get") ? 3 : n.startsWith("is") ? 2 : 0;
        if (prefix == 0 || n.length() == prefix || !Character.isUpperCase(n.charAt(prefix))) return Optional.empty();
        return Optional.of(Character.toLowerCase(n.charAt(prefix)) + n.substring(prefix + 1));
    }

    private interface Reflective {
        Object call() throws IllegalAccessException, InvocationTargetException;
    }

    private static Object unwrap(Reflective call) {
        try {
            return call.call();
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause.getMessage(), cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
