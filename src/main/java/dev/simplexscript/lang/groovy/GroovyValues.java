package dev.simplexscript.lang.groovy;

import dev.simplexscript.api.values.JsonList;
import dev.simplexscript.api.values.JsonMap;
import dev.simplexscript.api.values.Plain;
import dev.simplexscript.lang.ExportedMembers;
import groovy.lang.Closure;
import dev.simplexscript.lang.groovy.sandbox.Sandbox;
import dev.simplexscript.lang.groovy.sandbox.ScriptInterrupted;
import groovy.lang.GString;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import tools.jackson.databind.JsonNode;

/**
 * The boundary between a Groovy script and the API: GStrings become Strings and proxies their
 * targets on the way in; the core's JSON goes out as read-only map and list views over the shared
 * tree ({@link JsonMap}, {@link JsonList}: never copied), API objects as proxies, and futures as
 * their results (Groovy calls return results directly).
 */
final class GroovyValues {
    static final int MAX_DEPTH = 64;
    static final int MAX_ITEMS = 100_000;
    static final long MAX_CHARS = 4L << 20;

    private GroovyValues() {}

    static Object[] argArray(Object args) {
        if (args == null) return new Object[0];
        return args instanceof Object[] array ? array : new Object[] {args};
    }

    /**
     * Script values as plain Java for an API call: text, numbers, booleans, lists, maps and API
     * objects. Closures and any other object are refused; so are values nested deeper than
     * {@value #MAX_DEPTH} levels or holding more than {@value #MAX_ITEMS} items or
     * {@value #MAX_CHARS} characters in all (a list that contains itself twice per level is small
     * to build and exponential to copy). Long copies stop at the script's budget like any loop.
     */
    static List<Object> toJava(Object[] values) {
        long[] used = {0, 0};
        List<Object> out = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) out.add(toJava(values[i], "argument " + (i + 1), used));
        return out;
    }

    /** One value leaving the script (a route handler's answer), under the same rules; {@code where} names it in errors. */
    static Object toJava(Object value, String where) {
        return toJava(value, where, new long[] {0, 0});
    }

    private static Object toJava(Object value, String where, long[] used) {
        try {
            return toJava(value, 0, used);
        } catch (NotData e) {
            throw e.at(where);
        }
    }

    /** {@code used}: items and characters copied so far. */
    private static Object toJava(Object v, int depth, long[] used) {
        if (depth > MAX_DEPTH) throw new IllegalArgumentException("a value nested deeper than " + MAX_DEPTH + " levels cannot be passed to the API");
        if (++used[0] > MAX_ITEMS) throw new IllegalArgumentException("a value of more than " + MAX_ITEMS + " items cannot be passed to the API");
        if ((used[0] & 1023) == 0) Sandbox.checkpoint();
        if (v == null || v instanceof Number || v instanceof Boolean) return v;
        if (v instanceof CharSequence || v instanceof Character) {
            String text = v.toString();
            if ((used[1] += text.length()) > MAX_CHARS) {
                throw new IllegalArgumentException("a value of more than " + MAX_CHARS + " characters cannot be passed to the API");
            }
            return text;
        }
        if (v instanceof ApiProxy p) return p.target();
        if (v instanceof JsonMap || v instanceof JsonList) return v;
        if (v instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(toJava(e.getKey(), depth + 1, used));
                try {
                    out.put(key, toJava(e.getValue(), depth + 1, used));
                } catch (NotData notData) {
                    throw notData.at("." + key);
                }
            }
            return out;
        }
        if (v instanceof Collection<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object item : list) {
                try {
                    out.add(toJava(item, depth + 1, used));
                } catch (NotData notData) {
                    throw notData.at("[" + out.size() + "]");
                }
            }
            return out;
        }
        if (!(v instanceof GuestFacing) && ExportedMembers.isApiObject(v)) return v;
        throw new NotData(v instanceof Closure<?> ? "a closure" : "a " + v.getClass().getSimpleName());
    }

    /**
     * A value that is not data, with where it sits ({@code argument 2.buttons[0].onClick}): a
     * closure never reaches the API, where a serializer would write out its owner and binding.
     */
    private static final class NotData extends IllegalArgumentException {
        private final String what;
        private final String where;

        NotData(String what) {
            this(what, "");
        }

        private NotData(String what, String where) {
            super(what + (where.isEmpty() ? "" : " at " + where) + " cannot be passed to the API: only text, numbers, booleans, lists,"
                    + " maps and API objects can");
            this.what = what;
            this.where = where;
        }

        NotData at(String outer) {
            return new NotData(what, outer + where);
        }
    }

    static Object toGuest(Object v) {
        if (v instanceof JsonNode node) return Plain.of(node);
        if (v instanceof JsonMap || v instanceof JsonList) return v;
        if (v instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, val) -> out.put(k, toGuest(val)));
            return out;
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object item : list) out.add(toGuest(item));
            return out;
        }
        if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean || v instanceof GuestFacing) return v;
        if (v instanceof Character c) return c.toString();
        if (ExportedMembers.isApiObject(v)) return new ApiProxy(v);
        // Only data and API objects cross into a script; anything else would hand it host internals.
        throw new IllegalStateException("the API returned a " + v.getClass().getName() + ", which scripts cannot use");
    }

    /**
     * Waits for an API call. Blocking the script's own dispatcher is safe: the reply completes the
     * future from the client's thread, never from this one. An interrupt means the budget ran out.
     */
    static Object join(Object result) {
        if (!(result instanceof CompletableFuture<?> future)) return result;
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScriptInterrupted();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause.getMessage(), cause);
        }
    }
}
