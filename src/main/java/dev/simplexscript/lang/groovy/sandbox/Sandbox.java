package dev.simplexscript.lang.groovy.sandbox;

import groovy.lang.Binding;
import groovy.lang.Closure;
import groovy.lang.GString;
import groovy.lang.MissingMethodException;
import groovy.lang.MissingPropertyException;
import groovy.lang.Script;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.codehaus.groovy.runtime.DefaultGroovyMethods;
import org.codehaus.groovy.runtime.InvokerHelper;
import org.codehaus.groovy.runtime.ScriptBytecodeAdapter;

/**
 * The run-time half of the sandbox. {@link SandboxTransformer} turns every operation of an
 * untrusted script (calls, property access, indexing, operators, conversions, loops, ranges,
 * spreads, method pointers, switch cases) into a call to one of these methods; each resolves the
 * member the operation reaches, checks it against the allow list and invokes exactly that member.
 * Public only because compiled scripts call it; a script naming this class is refused like any
 * other class.
 */
public final class Sandbox {
    private static final Object[] NO_ARGS = {};

    private Sandbox() {}

    /** Stops the script here once its budget ran out (the dispatcher thread was interrupted). */
    public static void checkpoint() {
        if (Thread.currentThread().isInterrupted()) throw new ScriptInterrupted();
    }

    // --- calls -----------------------------------------------------------------------------------

    /** {@code receiver.name(args)}, {@code receiver?.name(args)}, {@code receiver*.name(args)}. */
    public static Object call(Object receiver, Object name, Object[] args, boolean safe, boolean spread) {
        checkpoint();
        String method = String.valueOf(name);
        if (receiver == null) {
            if (safe) return null;
            throw new NullPointerException("Cannot invoke method " + method + "() on null object");
        }
        if (spread) {
            List<Object> out = new ArrayList<>();
            for (Object item : items(receiver, "*." + method + "()")) out.add(call(item, method, args, true, false));
            return out;
        }
        return call(receiver, method, args);
    }

    private static Object call(Object receiver, String method, Object[] args) {
        if (receiver instanceof GuestObject guest) {
            return method.equals("toString") && args.length == 0 ? guest.toString() : guest.invokeMember(method, args);
        }
        if (receiver instanceof Script script) return callThis(script, method, args);
        if (receiver instanceof Class<?> type) return Members.callStatic(type, method, args);
        if (receiver instanceof Closure<?> closure && (method.equals("call") || method.equals("doCall"))) return closure.call(args);
        if (receiver instanceof Map<?, ?> map && map.get(method) instanceof Closure<?> member && !Members.hasMethod(receiver, method, args)) {
            return member.call(args); // [greet: { ... }].greet(): a map of closures used as an object
        }
        return Members.call(receiver, method, args);
    }

    /**
     * A call without a receiver (or on {@code this}): a method the script declared, else a callable
     * script variable ({@code send(...)}, {@code command(...)}), else an allowed inherited method
     * ({@code println}). Never anything else the script class inherits.
     */
    public static Object callThis(Object self, Object name, Object[] args) {
        checkpoint();
        String method = String.valueOf(name);
        Script script = (Script) self;
        Members.Resolved resolved = Members.scriptMethod(script.getClass(), method, args);
        if (resolved instanceof Members.Allowed own && own.own()) return Members.invokeScriptMethod(own, script, args);
        Binding binding = script.getBinding();
        if (binding.hasVariable(method)) return call(binding.getVariable(method), "call", args);
        return switch (resolved) {
            case Members.Allowed inherited -> Members.invokeScriptMethod(inherited, script, args);
            case Members.Refused refused -> throw new SandboxRefusal(refused.target());
            case Members.Missing missing -> throw new MissingMethodException(method, script.getClass(), args);
        };
    }

    /** {@code Type.name(args)}, including statically imported methods. */
    public static Object callStatic(Class<?> type, Object name, Object[] args) {
        checkpoint();
        return Members.callStatic(type, String.valueOf(name), args);
    }

    /** {@code new Type(args)}. */
    public static Object construct(Class<?> type, Object[] args) {
        checkpoint();
        return Members.construct(type, args);
    }

    /** Arguments that contain a spread ({@code f(*list)}), already spread by Groovy into a list. */
    public static Object[] arguments(List<?> args) {
        return args.toArray();
    }

    // --- properties and script variables -----------------------------------------------------------

    /** {@code receiver.name}, {@code receiver?.name}, {@code receiver*.name}. */
    public static Object getProperty(Object receiver, Object name, boolean safe, boolean spread) {
        String property = String.valueOf(name);
        if (receiver == null) {
            if (safe) return null;
            throw new NullPointerException("Cannot get property '" + property + "' on null object");
        }
        if (spread) {
            List<Object> out = new ArrayList<>();
            for (Object item : items(receiver, "*." + property)) out.add(getProperty(item, property, true, false));
            return out;
        }
        return property(receiver, property);
    }

    private static Object property(Object receiver, String property) {
        if (receiver instanceof Map<?, ?> map) return map.get(property);
        if (receiver instanceof GuestObject guest) return guest.readMember(property);
        if (receiver instanceof Script script) return getVariable(script, property);
        if (receiver instanceof Class<?> type) return Members.staticProperty(type, property);
        if (receiver.getClass().isArray() && property.equals("length")) return Array.getLength(receiver);
        if (receiver instanceof Collection<?> items && !Members.hasMethod(receiver, getter(property), NO_ARGS)) {
            List<Object> out = new ArrayList<>(items.size());
            for (Object item : items) out.add(item == null ? null : property(item, property));
            return out; // Groovy reads a property of a list from each of its items
        }
        return Members.property(receiver, property);
    }

    /** {@code receiver.name = value}; returns the value, as assignments do. */
    public static Object setProperty(Object receiver, Object name, Object value) {
        String property = String.valueOf(name);
        if (receiver == null) throw new NullPointerException("Cannot set property '" + property + "' on null object");
        if (receiver instanceof Map<?, ?> map) {
            put(map, property, value);
        } else if (receiver instanceof Script script) {
            setVariable(script, property, value);
        } else if (receiver instanceof GuestObject || receiver instanceof Class<?>) {
            throw new SandboxRefusal("setting " + describe(receiver) + "." + property);
        } else {
            Members.setProperty(receiver, property, value);
        }
        return value;
    }

    /** A name the script did not declare: one of its variables (the API objects are among them). */
    public static Object getVariable(Object self, String name) {
        Script script = (Script) self;
        Binding binding = script.getBinding();
        if (binding.hasVariable(name)) return binding.getVariable(name);
        // Not a variable: a property of the script object, which only its own getters may answer.
        return switch (Members.scriptMethod(script.getClass(), getter(name), NO_ARGS)) {
            case Members.Allowed getter when getter.own() -> Members.invokeScriptMethod(getter, script, NO_ARGS);
            case Members.Missing missing -> throw new MissingPropertyException(name, script.getClass());
            case Members.Allowed inherited -> throw new SandboxRefusal(Members.describe(inherited.method()));
            case Members.Refused refused -> throw new SandboxRefusal(refused.target());
        };
    }

    public static Object setVariable(Object self, String name, Object value) {
        ((Script) self).getBinding().setVariable(name, value);
        return value;
    }

    // --- indexing and operators --------------------------------------------------------------------

    /** {@code receiver[index]} (and {@code receiver?[index]}). */
    public static Object getAt(Object receiver, Object index, boolean safe) {
        checkpoint();
        if (receiver == null) {
            if (safe) return null;
            throw new NullPointerException("Cannot get [" + index + "] of null");
        }
        if (receiver instanceof Map<?, ?> map) return map.get(index instanceof GString g ? g.toString() : index);
        if (receiver instanceof GuestObject || receiver instanceof Script) throw new SandboxRefusal("indexing " + describe(receiver));
        return Members.call(receiver, "getAt", new Object[] {index});
    }

    /** {@code receiver[index] = value}; returns the value. */
    public static Object putAt(Object receiver, Object index, Object value) {
        checkpoint();
        if (receiver == null) throw new NullPointerException("Cannot set [" + index + "] of null");
        if (receiver instanceof Map<?, ?> map) {
            put(map, index instanceof GString g ? g.toString() : index, value);
        } else if (receiver instanceof GuestObject || receiver instanceof Script) {
            throw new SandboxRefusal("indexing " + describe(receiver));
        } else {
            Members.call(receiver, "putAt", new Object[] {index, value});
        }
        return value;
    }

    /** {@code left op right} for the operators Groovy implements as methods ({@code +} is plus, ...). */
    public static Object binary(Object left, String op, Object right) {
        checkpoint();
        if (left == null) {
            if (op.equals("plus") && right instanceof CharSequence text) return "null" + text;
            throw new NullPointerException("Cannot invoke method " + op + "() on null object");
        }
        return call(left, op, new Object[] {right});
    }

    /** {@code -x}, {@code +x}, {@code ~x}, and the steps of {@code ++} and {@code --}. */
    public static Object unary(Object value, String op) {
        checkpoint();
        if (value == null) throw new NullPointerException("Cannot invoke method " + op + "() on null object");
        // Groovy negates numbers (and makes patterns of text with ~) itself; anything else gets the method.
        if (value instanceof Number || (value instanceof CharSequence && op.equals("bitwiseNegate"))) {
            switch (op) {
                case "negative" -> { return InvokerHelper.unaryMinus(value); }
                case "positive" -> { return InvokerHelper.unaryPlus(value); }
                case "bitwiseNegate" -> { return InvokerHelper.bitwiseNegate(value); }
                default -> { }
            }
        }
        return call(value, op, NO_ARGS);
    }

    /** {@code receiver.name op= value}: read, combine, write back; returns the new value. */
    public static Object updateProperty(Object receiver, Object name, String op, Object value) {
        return setProperty(receiver, name, binary(getProperty(receiver, name, false, false), op, value));
    }

    /** {@code receiver[index] op= value}. */
    public static Object updateAt(Object receiver, Object index, String op, Object value) {
        return putAt(receiver, index, binary(getAt(receiver, index, false), op, value));
    }

    /** {@code x++}/{@code ++x} (and {@code --}) on a script variable. */
    public static Object stepVariable(Object self, String name, String op, boolean postfix) {
        Object old = getVariable(self, name);
        Object stepped = setVariable(self, name, unary(old, op));
        return postfix ? old : stepped;
    }

    /** {@code receiver.name++} and friends. */
    public static Object stepProperty(Object receiver, Object name, String op, boolean postfix) {
        Object old = getProperty(receiver, name, false, false);
        Object stepped = setProperty(receiver, name, unary(old, op));
        return postfix ? old : stepped;
    }

    /** {@code receiver[index]++} and friends. */
    public static Object stepAt(Object receiver, Object index, String op, boolean postfix) {
        Object old = getAt(receiver, index, false);
        Object stepped = putAt(receiver, index, unary(old, op));
        return postfix ? old : stepped;
    }

    /** {@code x++} on a local variable: the old value, after the assignment in {@code ignored} ran. */
    public static Object first(Object value, Object ignored) {
        return value;
    }

    /** Groovy truth: null, false, 0, empty text and empty collections are false. */
    public static boolean truth(Object value) {
        if (value == null) return false;
        if (value instanceof Boolean b) return b;
        if (value instanceof CharSequence text) return !text.isEmpty();
        if (value instanceof Collection<?> items) return !items.isEmpty();
        if (value instanceof Map<?, ?> map) return !map.isEmpty();
        if (value instanceof Number n) return n.doubleValue() != 0;
        if (value instanceof GuestObject) return true;
        return Boolean.TRUE.equals(call(value, "asBoolean", NO_ARGS));
    }

    /** {@code value in caseValue}, and {@code case caseValue:} in a switch. */
    public static boolean isCase(Object caseValue, Object value) {
        checkpoint();
        if (caseValue == null) return value == null;
        if (caseValue instanceof Class<?> type) {
            return value instanceof Class<?> other ? type.isAssignableFrom(other) : type.isInstance(value);
        }
        if (caseValue instanceof Closure<?> test) return truth(test.call(value));
        if (caseValue instanceof GuestObject || caseValue instanceof Script) return caseValue.equals(value);
        return truth(call(caseValue, "isCase", new Object[] {value}));
    }

    /** A switch case: Groovy asks it {@code isCase(value)}, which lands in {@link #isCase}. */
    public static Object caseOf(Object caseValue) {
        return new CaseTest(caseValue);
    }

    // --- conversions --------------------------------------------------------------------------------

    /** Implicit conversions (typed declarations, assignments, returns, loop variables) and {@code (T) x}. */
    public static Object coerce(Object value, Class<?> type) {
        return Coercion.coerce(value, type);
    }

    /** {@code value as T}. */
    public static Object asType(Object value, Class<?> type) {
        return Coercion.asType(value, type);
    }

    // --- loops, destructuring, ranges, spreads, pointers ---------------------------------------------

    /** What {@code for (T x in value)} walks: each item converted to {@code type}. */
    public static Iterator<Object> iterate(Object value, Class<?> type) {
        Iterator<?> items = iterator(value);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                checkpoint();
                return items.hasNext();
            }

            @Override
            public Object next() {
                return coerce(items.next(), type);
            }
        };
    }

    /** {@code def (T a, U b) = value}: the items, each converted to its variable's type. */
    public static List<Object> destructure(Object value, Class<?>[] types) {
        List<Object> out = new ArrayList<>(types.length);
        for (int i = 0; i < types.length; i++) out.add(coerce(value == null ? null : getAt(value, i, false), types[i]));
        return out;
    }

    /** {@code from..to}, {@code from..<to}: ranges of numbers, characters and text only. */
    public static List<?> range(Object from, Object to, boolean exclusiveLeft, boolean exclusiveRight) throws Throwable {
        for (Object end : new Object[] {from, to}) {
            if (end != null && !(end instanceof Number || end instanceof Character || end instanceof CharSequence)) {
                throw new SandboxRefusal("a range over " + end.getClass().getTypeName());
            }
        }
        return ScriptBytecodeAdapter.createRange(from, to, exclusiveLeft, exclusiveRight);
    }

    /** The operand of {@code *x} in a list or argument list. */
    public static Object spreadable(Object value) {
        if (value == null || value instanceof Collection<?> || value instanceof Object[]) return value;
        throw new SandboxRefusal("spreading a " + value.getClass().getTypeName());
    }

    /** The operand of {@code *:x} in a map or named arguments. */
    public static Object spreadMap(Object value) {
        if (value instanceof Map<?, ?>) return value;
        throw new SandboxRefusal("spreading a " + (value == null ? "null" : value.getClass().getTypeName()) + " as a map");
    }

    /** {@code receiver.&name} and {@code receiver::name}: a closure whose every call is checked. */
    public static Object pointer(Object receiver, Object name) {
        if (receiver == null) throw new NullPointerException("Cannot take method pointer of null");
        return new MethodPointer(receiver, String.valueOf(name));
    }

    // --- helpers ------------------------------------------------------------------------------------

    private static Iterator<?> iterator(Object value) {
        if (value == null) return Collections.emptyIterator();
        if (value instanceof Iterator<?> it) return it;
        if (value instanceof Iterable<?> items) return items.iterator();
        if (value instanceof Map<?, ?> map) return map.entrySet().iterator();
        if (value instanceof Object[] array) return Arrays.asList(array).iterator();
        if (value.getClass().isArray() || value instanceof CharSequence || value instanceof Matcher) {
            return DefaultGroovyMethods.iterator(value);
        }
        if (value instanceof GuestObject || value instanceof Script) throw new SandboxRefusal("iterating over " + describe(value));
        return (Iterator<?>) Coercion.coerce(call(value, "iterator", NO_ARGS), Iterator.class);
    }

    private static Iterable<?> items(Object receiver, String what) {
        if (receiver instanceof Iterable<?> iterable) return iterable;
        if (receiver instanceof Object[] array) return Arrays.asList(array);
        throw new SandboxRefusal(what + " on a " + receiver.getClass().getTypeName());
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<?, ?> map, Object key, Object value) {
        ((Map<Object, Object>) map).put(key, value);
    }

    private static String getter(String property) {
        return "get" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
    }

    private static String describe(Object receiver) {
        if (receiver instanceof Class<?> type) return type.getTypeName();
        if (receiver instanceof Script) return "the script";
        return receiver.getClass().getTypeName();
    }
}
