package dev.simplexscript.lang.groovy;

import dev.simplexscript.api.values.JsonList;
import dev.simplexscript.api.values.JsonMap;
import dev.simplexscript.api.values.Plain;
import dev.simplexscript.lang.ExportedMembers;
import groovy.lang.Closure;
import groovy.lang.GString;
import java.util.ArrayList;
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
    private GroovyValues() {}

    static Object[] argArray(Object args) {
        if (args == null) return new Object[0];
        return args instanceof Object[] array ? array : new Object[] {args};
    }

    static List<Object> toJava(List<Object> values) {
        List<Object> out = new ArrayList<>(values.size());
        for (Object v : values) out.add(toJava(v));
        return out;
    }

    static Object toJava(Object v) {
        if (v instanceof GString g) return g.toString();
        if (v instanceof ApiProxy p) return p.target();
        if (v instanceof JsonMap || v instanceof JsonList) return v;
        if (v instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, val) -> out.put(String.valueOf(toJava(k)), toJava(val)));
            return out;
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object item : list) out.add(toJava(item));
            return out;
        }
        if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean
                || v instanceof Closure<?> || v instanceof GuestFacing || ExportedMembers.isApiObject(v)) {
            return v;
        }
        if (v instanceof Character c) return c.toString();
        throw new IllegalArgumentException("a " + v.getClass().getSimpleName() + " cannot be passed to the API");
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
        if (v != null && !(v instanceof GuestFacing) && !(v instanceof String) && ExportedMembers.isApiObject(v)) return new ApiProxy(v);
        return v;
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
