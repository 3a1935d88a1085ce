package dev.simplexscript.lang;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.util.List;
import java.util.stream.Collectors;

/** Fits plain Java argument values to a method's parameter types, the same way for every language. */
final class Arguments {
    private Arguments() {}

    /** The arguments converted for {@code m}, or null when they do not fit. */
    static Object[] fit(Method m, List<Object> args) {
        Class<?>[] types = m.getParameterTypes();
        if (m.isVarArgs()) {
            int fixed = types.length - 1;
            if (args.size() < fixed) return null;
            Object[] out = new Object[types.length];
            for (int i = 0; i < fixed; i++) {
                if (!fits(types[i], args.get(i))) return null;
                out[i] = coerce(types[i], args.get(i));
            }
            Class<?> component = types[fixed].getComponentType();
            Object rest = Array.newInstance(component, args.size() - fixed);
            for (int i = fixed; i < args.size(); i++) {
                if (!fits(component, args.get(i))) return null;
                Array.set(rest, i - fixed, coerce(component, args.get(i)));
            }
            out[fixed] = rest;
            return out;
        }
        if (args.size() != types.length) return null;
        Object[] out = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            if (!fits(types[i], args.get(i))) return null;
            out[i] = coerce(types[i], args.get(i));
        }
        return out;
    }

    static String describe(List<Object> args) {
        return args.stream().map(a -> a == null ? "null" : a.getClass().getSimpleName()).collect(Collectors.joining(", "));
    }

    private static boolean fits(Class<?> type, Object value) {
        if (value == null) return !type.isPrimitive();
        Class<?> boxed = box(type);
        if (boxed.isInstance(value)) return true;
        return value instanceof Number && (Number.class.isAssignableFrom(boxed) && isNumeric(boxed));
    }

    private static boolean isNumeric(Class<?> boxed) {
        return boxed == Integer.class || boxed == Long.class || boxed == Double.class
                || boxed == Float.class || boxed == Short.class || boxed == Number.class;
    }

    /** Numbers arrive as whatever the guest had (JS: Integer or Double); widen or narrow exactly. */
    private static Object coerce(Class<?> type, Object value) {
        if (!(value instanceof Number n)) return value;
        Class<?> boxed = box(type);
        if (boxed == Integer.class) return exact(n, n.intValue());
        if (boxed == Long.class) return exact(n, n.longValue());
        if (boxed == Short.class) return exact(n, n.shortValue());
        if (boxed == Double.class) return n.doubleValue();
        if (boxed == Float.class) return n.floatValue();
        return value;
    }

    private static Object exact(Number original, Number narrowed) {
        if (original.doubleValue() != narrowed.doubleValue()) {
            throw new IllegalArgumentException(original + " is not a whole number in range");
        }
        return narrowed;
    }

    private static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) return type;
        if (type == int.class) return Integer.class;
        if (type == long.class) return Long.class;
        if (type == double.class) return Double.class;
        if (type == boolean.class) return Boolean.class;
        if (type == float.class) return Float.class;
        if (type == short.class) return Short.class;
        if (type == char.class) return Character.class;
        if (type == byte.class) return Byte.class;
        return type;
    }
}
