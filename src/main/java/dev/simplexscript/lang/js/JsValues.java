package dev.simplexscript.lang.js;

import dev.simplexscript.api.values.JsonList;
import dev.simplexscript.api.values.JsonMap;
import dev.simplexscript.api.values.Plain;
import dev.simplexscript.lang.ExportedMembers;
import dev.simplexscript.lang.ScriptEnvironment;
import dev.simplexscript.protocol.ChatException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import tools.jackson.databind.JsonNode;

/**
 * The boundary between one context and Java: guest values become plain Java (String, Number,
 * Boolean, Map, List, null, API objects) on the way in, and Java becomes native JS values,
 * proxies and promises on the way out. The core's JSON goes out as read-only views over the
 * shared tree ({@link JsObjectView}, {@link JsArrayView}), never as a copy. Only the script's
 * dispatcher thread uses it.
 */
final class JsValues {
    /** Deep enough for any sane message payload; stops cyclic objects from looping. */
    private static final int MAX_DEPTH = 64;
    /**
     * What one value crossing into Java may hold at most: values (each array element, member and
     * leaf counts one) and characters (of strings and keys). A store value may be 1 MiB of JSON and
     * a message is far smaller, so these only stop a script that hands the host a huge structure to
     * copy, which would otherwise hold the script's thread (beyond its budget: host code is not
     * interrupted) and the host's memory.
     */
    static final int MAX_VALUES = 100_000;
    static final long MAX_CHARS = 4L << 20;

    private final ScriptEnvironment env;
    private final String scriptName;
    private final Value objectCtor;
    private final Value arrayCtor;
    private final Value promiseCtor;
    private final Value errorCtor;
    private final Value applier;

    /**
     * Calls a function and hands its value, or its promise's, to {@code ok}, its error to
     * {@code fail}, all in one turn: a promise's rejection is handled before the engine looks for
     * unhandled ones.
     */
    private static final org.graalvm.polyglot.Source APPLY = org.graalvm.polyglot.Source.newBuilder("js", """
            (function apply(fn, args, ok, fail) {
              let value;
              try {
                value = fn(...Array.from(args));
              } catch (e) {
                fail(e);
                return;
              }
              if (value !== null && typeof value === 'object' && typeof value.then === 'function') value.then(ok, fail);
              else ok(value);
            })
            """, "<apply>").internal(true).buildLiteral();

    JsValues(Context context, String scriptName, ScriptEnvironment env) {
        this.env = env;
        this.scriptName = scriptName;
        Value global = context.getBindings("js");
        this.objectCtor = global.getMember("Object");
        this.arrayCtor = global.getMember("Array");
        this.promiseCtor = global.getMember("Promise");
        this.errorCtor = global.getMember("Error");
        this.applier = context.eval(APPLY);
    }

    /**
     * A guest value as plain Java; functions and foreign host objects are refused, and so is a value
     * larger than {@link #MAX_VALUES} values or {@link #MAX_CHARS} characters, or deeper than
     * {@link #MAX_DEPTH}, before more of it is copied.
     */
    Object toJava(Value v) {
        return toJava(v, 0, new long[2]);
    }

    /** {@code used}: values and characters converted so far; a container's size is checked before its items are read. */
    private Object toJava(Value v, int depth, long[] used) {
        if (depth > MAX_DEPTH) throw new IllegalArgumentException("value nested deeper than " + MAX_DEPTH + " levels (a cycle?)");
        count(used, 1, 0);
        if (v == null || v.isNull()) return null;
        if (v.isBoolean()) return v.asBoolean();
        if (v.isString()) {
            String text = v.asString();
            count(used, 0, text.length());
            return text;
        }
        if (v.isNumber()) {
            if (v.fitsInInt()) return v.asInt();
            if (v.fitsInLong()) return v.asLong();
            return v.asDouble();
        }
        if (v.isProxyObject()) {
            Object proxy = v.asProxyObject();
            if (proxy instanceof JsApiObject api) return api.target();
            if (proxy instanceof JsObjectView view) return Plain.of(view.node());
            if (proxy instanceof JsArrayView view) return Plain.of(view.node());
        }
        if (v.canExecute()) throw new IllegalArgumentException("a function cannot be passed here");
        if (v.hasArrayElements()) {
            long size = v.getArraySize();
            count(used, size, 0);
            used[0] -= size;
            List<Object> list = new ArrayList<>((int) size);
            for (long i = 0; i < size; i++) list.add(toJava(v.getArrayElement(i), depth + 1, used));
            return list;
        }
        if (v.isInstant()) return v.asInstant().toString();
        if (v.hasMembers()) {
            java.util.Set<String> keys = v.getMemberKeys();
            count(used, keys.size(), 0);
            used[0] -= keys.size();
            Map<String, Object> map = new LinkedHashMap<>();
            for (String key : keys) {
                count(used, 0, key.length());
                map.put(key, toJava(v.getMember(key), depth + 1, used));
            }
            return map;
        }
        throw new IllegalArgumentException("unsupported value: " + v);
    }

    private static void count(long[] used, long values, long chars) {
        used[0] += values;
        used[1] += chars;
        if (used[0] > MAX_VALUES) {
            throw new IllegalArgumentException("value too large: more than " + MAX_VALUES + " values (items, fields and leaves) in one argument");
        }
        if (used[1] > MAX_CHARS) {
            throw new IllegalArgumentException("value too large: more than " + MAX_CHARS + " characters of text in one argument");
        }
    }

    /** Calls {@code fn} with {@code args} (guest values) through {@link #APPLY}. */
    void apply(Value fn, Object[] args, ProxyExecutable ok, ProxyExecutable fail) {
        applier.executeVoid(fn, org.graalvm.polyglot.proxy.ProxyArray.fromArray(args), ok, fail);
    }

    /** A Java value as the script should see it. */
    Object toGuest(Object o) {
        if (o == null || o instanceof String || o instanceof Boolean || o instanceof Integer
                || o instanceof Long || o instanceof Double || o instanceof Value) {
            return o;
        }
        if (o instanceof Number n) return n.doubleValue();
        if (o instanceof Character c) return c.toString();
        if (o instanceof JsonMap map) return new JsObjectView(map.node(), this);
        if (o instanceof JsonList list) return new JsArrayView(list.node(), this);
        if (o instanceof JsonNode node) return json(node);
        if (o instanceof CompletableFuture<?> future) return promise(future);
        if (o instanceof Map<?, ?> map) {
            Value obj = objectCtor.newInstance();
            map.forEach((k, val) -> obj.putMember(String.valueOf(k), toGuest(val)));
            return obj;
        }
        if (o instanceof Iterable<?> items) {
            Value array = arrayCtor.newInstance();
            long i = 0;
            for (Object item : items) array.setArrayElement(i++, toGuest(item));
            return array;
        }
        if (ExportedMembers.isApiObject(o)) return new JsApiObject(o, this);
        throw new IllegalStateException("the API returned a " + o.getClass().getName() + ", which scripts cannot use");
    }

    /** A node of the core's JSON as the script sees it: objects and arrays as views, scalars as values. */
    Object json(JsonNode node) {
        if (node == null) return null;
        if (node.isObject()) return new JsObjectView(node, this);
        if (node.isArray()) return new JsArrayView(node, this);
        return toGuest(Plain.of(node));
    }

    /**
     * A promise settled on the script's dispatcher when {@code future} completes: the thread that
     * completes the future (the client's) never touches the context.
     */
    private Value promise(CompletableFuture<?> future) {
        Value[] settle = new Value[2];
        Value promise = promiseCtor.newInstance((ProxyExecutable) args -> {
            settle[0] = args[0];
            settle[1] = args[1];
            return null;
        });
        future.whenComplete((result, failure) -> env.post(() -> {
            try {
                if (failure == null) settle[0].execute(toGuest(result));
                else settle[1].execute(error(failure));
            } catch (PolyglotException e) {
                // The continuation ran and threw, or left a rejection nobody handles.
                throw JsErrors.from(e, scriptName);
            }
        }));
        return promise;
    }

    /** A JS {@code Error} for a Java failure; core errors carry {@code errorType} and {@code chatError}. */
    Value error(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        String message = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
        Value error = errorCtor.newInstance(message);
        if (cause instanceof ChatException chat) {
            error.putMember("errorType", chat.errorType());
            error.putMember("chatError", toGuest(chat.chatError()));
        }
        return error;
    }
}
