package dev.simplexscript.store;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * What a store keeps: data only (null, booleans, numbers, strings, lists, and maps with string
 * keys), written as JSON text by this class alone. Anything else (a closure, an API object, a
 * date, a Java array) is refused with the path to it inside the value, and nothing ever goes
 * through a general-purpose serializer, which would happily write a closure's owner and binding.
 */
final class StoreValue {
    /** Deep enough for any real record; stops cyclic values. */
    static final int MAX_DEPTH = 64;
    static final int MAX_BYTES = 1 << 20;
    static final String ACCEPTED = "the store keeps only data: null, booleans, numbers, strings, lists, and maps with string keys";

    private final StringBuilder json = new StringBuilder();

    private StoreValue() {}

    /** {@code value} as JSON text; {@link IllegalArgumentException} names the part that is not data. */
    static String toJson(Object value) {
        StoreValue writer = new StoreValue();
        writer.write(value, "value", 0);
        String json = writer.json.toString();
        if (utf8Length(json) > MAX_BYTES) throw tooBig();
        return json;
    }

    private void write(Object value, String path, int depth) {
        // Characters never outnumber UTF-8 bytes: stop a huge value before building all of it.
        if (json.length() > MAX_BYTES) throw tooBig();
        switch (value) {
            case null -> json.append("null");
            case Boolean b -> json.append(b);
            case String s -> string(s);
            case Character c -> string(c.toString());
            case Integer _, Long _, Short _, Byte _, BigInteger _ -> json.append(value);
            case Double d -> finite(d, path);
            case Float f -> finite(f.doubleValue(), path);
            case BigDecimal d -> json.append(d);
            case List<?> list -> {
                nested(depth, path);
                json.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) json.append(',');
                    write(list.get(i), path + "[" + i + "]", depth + 1);
                }
                json.append(']');
            }
            case Map<?, ?> map -> {
                nested(depth, path);
                json.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    if (!(e.getKey() instanceof String key)) {
                        throw new IllegalArgumentException(path + " has a key that is " + kind(e.getKey()) + ", not a string; " + ACCEPTED);
                    }
                    if (!first) json.append(',');
                    first = false;
                    string(key);
                    json.append(':');
                    write(e.getValue(), member(path, key), depth + 1);
                }
                json.append('}');
            }
            default -> throw new IllegalArgumentException(path + " is " + kind(value) + "; " + ACCEPTED);
        }
    }

    private void finite(double d, String path) {
        if (!Double.isFinite(d)) throw new IllegalArgumentException(path + " is " + d + ", which JSON cannot hold");
        json.append(d);
    }

    private static void nested(int depth, String path) {
        if (depth >= MAX_DEPTH) {
            throw new IllegalArgumentException(path + " is nested deeper than " + MAX_DEPTH + " levels (a value that contains itself?)");
        }
    }

    /** A JSON string; lone surrogates are escaped so they come back exactly instead of as '?'. */
    private void string(String s) {
        json.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || (Character.isSurrogate(c) && !pairedAt(s, i))) {
                        json.append("\\u").append(String.format("%04x", (int) c));
                    } else {
                        json.append(c);
                        if (Character.isHighSurrogate(c)) json.append(s.charAt(++i));
                    }
                }
            }
        }
        json.append('"');
    }

    /** True when the surrogate at {@code i} is the high half of a valid pair. */
    private static boolean pairedAt(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }

    /** True when {@code s} has a surrogate without its other half (UTF-8 cannot hold it). */
    static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isSurrogate(c)) continue;
            if (!pairedAt(s, i)) return true;
            i++;
        }
        return false;
    }

    private static String member(String path, String key) {
        boolean identifier = !key.isEmpty() && Character.isJavaIdentifierStart(key.charAt(0))
                && key.chars().allMatch(Character::isJavaIdentifierPart);
        if (identifier) return path + "." + key;
        StoreValue quoted = new StoreValue();
        quoted.string(key);
        return path + "[" + quoted.json + "]";
    }

    /** "a Closure", "a Contact": the nearest named class, not a compiler-generated one. */
    private static String kind(Object value) {
        if (value == null) return "null";
        Class<?> type = value.getClass();
        while (generated(type) && type.getSuperclass() != null && type.getSuperclass() != Object.class) type = type.getSuperclass();
        if (generated(type) && type.getInterfaces().length > 0) type = type.getInterfaces()[0];
        String name = type.getSimpleName();
        return ("AEIO".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }

    /** Anonymous classes, lambdas, and Groovy's closure classes ({@code Script1$_run_closure1}). */
    private static boolean generated(Class<?> type) {
        return type.isAnonymousClass() || type.isSynthetic() || type.isHidden() || type.getSimpleName().isEmpty()
                || type.getName().contains("$_");
    }

    private static int utf8Length(String json) {
        return json.getBytes(StandardCharsets.UTF_8).length;
    }

    private static IllegalArgumentException tooBig() {
        return new IllegalArgumentException("value is over " + MAX_BYTES + " bytes as JSON");
    }
}
