package dev.simplexscript.lang.groovy.sandbox;

import groovy.lang.Closure;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.SortedSet;
import org.codehaus.groovy.reflection.stdclasses.CachedSAMClass;
import org.codehaus.groovy.runtime.DefaultGroovyMethods;
import org.codehaus.groovy.runtime.StringGroovyMethods;
import org.codehaus.groovy.runtime.typehandling.DefaultTypeTransformation;
import org.codehaus.groovy.runtime.typehandling.GroovyCastException;

/**
 * Every conversion of a value in a sandboxed script: typed declarations and assignments, typed
 * {@code for} variables, multiple assignment, method return types, {@code (T) x} and
 * {@code x as T}. The target must be an allowed type, and a conversion Groovy would do by calling a
 * constructor (a list turned into {@code new T(items)}) goes through the same constructor check as
 * {@code new}. Closures convert to allowed functional interfaces only.
 */
final class Coercion {
    private static final AllowList ALLOW = AllowList.DEFAULT;
    private static final Set<Class<?>> NUMBERS = Set.of(Integer.class, Long.class, Short.class, Byte.class, Double.class,
            Float.class, BigDecimal.class, BigInteger.class, Number.class);

    private Coercion() {}

    /** An implicit conversion or a {@code (T) value} cast. */
    static Object coerce(Object value, Class<?> type) {
        if (value == null || type == Object.class) return value;
        Class<?> boxed = boxed(type);
        if (boxed.isInstance(value)) return value;
        if (!ALLOW.allowsCoercionTo(type)) throw refusal(value, type);
        if (value instanceof Closure<?> closure) {
            Method sam = type.isInterface() ? CachedSAMClass.getSAMMethod(type) : null;
            if (sam == null) throw new GroovyCastException(value, type);
            return CachedSAMClass.coerceToSAM(closure, sam, type);
        }
        if (boxed == Boolean.class) return Sandbox.truth(value);
        if (isPlain(boxed)) return cast(value, type);
        // Groovy turns a list into a constructor call: T x = [a, b] means new T(a, b).
        if (value instanceof Collection<?> items) return Members.construct(type, items.toArray());
        if (value instanceof Object[] items) return Members.construct(type, items);
        throw new GroovyCastException(value, type);
    }

    /** {@code value as T}: like a cast, plus Groovy's parsing of text and copying of collections. */
    static Object asType(Object value, Class<?> type) {
        if (value == null) return type == boolean.class ? Boolean.FALSE : null;
        Class<?> boxed = boxed(type);
        if (boxed.isInstance(value) && !(value instanceof Collection<?> && isCollection(boxed))) return value;
        if (!ALLOW.allowsCoercionTo(type)) throw refusal(value, type);
        if (value instanceof CharSequence text && (NUMBERS.contains(boxed) || boxed == Character.class || boxed == List.class)) {
            return StringGroovyMethods.asType(text.toString(), type);
        }
        if (value instanceof Collection<?> items && (isCollection(boxed) || type.isArray())) return DefaultGroovyMethods.asType(items, type);
        if (value instanceof Object[] items && (boxed == List.class || boxed == Set.class || boxed == SortedSet.class)) {
            return DefaultGroovyMethods.asType(items, type);
        }
        return coerce(value, type);
    }

    /** Conversions between value types that Groovy does without calling anything of the value's. */
    private static boolean isPlain(Class<?> boxed) {
        return NUMBERS.contains(boxed) || boxed == Character.class || boxed == String.class || boxed == CharSequence.class
                || boxed.isArray() || Collection.class.isAssignableFrom(boxed) || Map.class.isAssignableFrom(boxed);
    }

    private static boolean isCollection(Class<?> boxed) {
        return boxed == List.class || boxed == Set.class || boxed == SortedSet.class || boxed == Queue.class
                || (Collection.class.isAssignableFrom(boxed) && !boxed.isInterface());
    }

    private static Object cast(Object value, Class<?> type) {
        try {
            return DefaultTypeTransformation.castToType(value, type);
        } catch (groovy.lang.GroovyRuntimeException e) {
            throw Members.rethrow(e);
        }
    }

    private static Class<?> boxed(Class<?> type) {
        return type.isPrimitive() ? MethodType.methodType(type).wrap().returnType() : type;
    }

    private static SandboxRefusal refusal(Object value, Class<?> type) {
        return new SandboxRefusal("converting a " + value.getClass().getTypeName() + " to " + type.getTypeName());
    }
}
