package dev.simplexscript.testkit;

import dev.simplexscript.protocol.Json;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Equality, truthiness and display of the plain values a test file hands over (strings, numbers,
 * booleans, maps, lists, null, kit objects), the same for JavaScript and Groovy: numbers compare
 * by value whatever their Java type, and a {@link BotMessage} compared with a string is its text.
 */
final class Matching {
    private Matching() {}

    /** Strict equality ({@code toBe}): same value for primitives and text, same object otherwise. */
    static boolean same(Object actual, Object expected) {
        Object a = textOf(actual, expected);
        if (a instanceof Number x && expected instanceof Number y) return x.doubleValue() == y.doubleValue();
        if (a instanceof String || a instanceof Boolean || a == null) return Objects.equals(a, expected);
        return a == expected;
    }

    /** Deep equality ({@code toEqual}): maps by keys and values, lists element by element. */
    static boolean equal(Object actual, Object expected) {
        Object a = textOf(actual, expected);
        if (a instanceof Number x && expected instanceof Number y) return x.doubleValue() == y.doubleValue();
        if (a instanceof Map<?, ?> x && expected instanceof Map<?, ?> y) {
            if (x.size() != y.size()) return false;
            for (Map.Entry<?, ?> e : x.entrySet()) {
                if (!y.containsKey(e.getKey()) || !equal(e.getValue(), y.get(e.getKey()))) return false;
            }
            return true;
        }
        if (a instanceof List<?> x && expected instanceof List<?> y) {
            if (x.size() != y.size()) return false;
            Iterator<?> i = x.iterator();
            Iterator<?> j = y.iterator();
            while (i.hasNext()) if (!equal(i.next(), j.next())) return false;
            return true;
        }
        return Objects.equals(a, expected);
    }

    /** JavaScript's truthiness: null, false, 0, NaN and the empty string are false. */
    static boolean truthy(Object v) {
        if (v == null) return false;
        if (v instanceof Boolean b) return b;
        if (v instanceof Number n) return n.doubleValue() != 0 && !Double.isNaN(n.doubleValue());
        if (v instanceof String s) return !s.isEmpty();
        return true;
    }

    /** A message compared with text is its text. */
    static Object textOf(Object actual, Object expected) {
        return actual instanceof BotMessage m && (expected instanceof String || expected == null) ? m.text : actual;
    }

    static String show(Object v) {
        if (v instanceof BotMessage m) return "the " + m.kind + " " + Json.write(m.text);
        if (v instanceof Person || v instanceof GroupChat) return v.toString();
        if (v instanceof Double d && d == Math.rint(d) && !d.isInfinite()) return String.valueOf(d.longValue());
        try {
            return Json.write(v);
        } catch (RuntimeException notJson) {
            return String.valueOf(v);
        }
    }
}
