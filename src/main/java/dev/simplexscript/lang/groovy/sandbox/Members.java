package dev.simplexscript.lang.groovy.sandbox;

import groovy.lang.Closure;
import groovy.lang.GString;
import groovy.lang.GroovyRuntimeException;
import groovy.lang.GroovySystem;
import groovy.lang.MetaClass;
import groovy.lang.MetaClassImpl;
import groovy.lang.MetaMethod;
import groovy.lang.MissingMethodException;
import groovy.lang.MissingPropertyException;
import groovy.lang.Script;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.codehaus.groovy.reflection.CachedConstructor;
import org.codehaus.groovy.reflection.CachedMethod;
import org.codehaus.groovy.reflection.GeneratedMetaMethod;
import org.codehaus.groovy.runtime.DefaultGroovyMethods;
import org.codehaus.groovy.runtime.IOGroovyMethods;
import org.codehaus.groovy.runtime.InvokerInvocationException;
import org.codehaus.groovy.runtime.ProcessGroovyMethods;
import org.codehaus.groovy.runtime.ResourceGroovyMethods;
import org.codehaus.groovy.runtime.SocketGroovyMethods;
import org.codehaus.groovy.runtime.StreamGroovyMethods;
import org.codehaus.groovy.runtime.metaclass.NewInstanceMetaMethod;
import org.codehaus.groovy.vmplugin.VMPluginFactory;

/**
 * Resolves what an operation on a receiver reaches exactly the way Groovy would (its metaclass
 * picks the overload for the actual argument classes), asks the {@link AllowList} about that one
 * member, and remembers the answer per receiver class, member name and argument classes. A call
 * then invokes exactly the member that was checked; nothing is dispatched by name afterwards.
 */
final class Members {
    private static final AllowList ALLOW = AllowList.DEFAULT;
    private static final Object[] NO_ARGS = {};
    /** Per receiver class and name, at most this many argument-class combinations are remembered. */
    private static final int MAX_SHAPES = 16;
    /** Groovy's own added-method classes that touch files, streams, processes or sockets. */
    private static final Set<Class<?>> OUTSIDE_CLASSES = Set.of(IOGroovyMethods.class, ProcessGroovyMethods.class,
            ResourceGroovyMethods.class, SocketGroovyMethods.class, StreamGroovyMethods.class);

    /** Where Groovy's added methods live: DefaultGroovyMethods and its kin, and the JVM-version plugin's. */
    static final Set<Class<?>> GROOVY_METHOD_CLASSES = groovyMethodClasses();

    /** What one operation on one receiver class with one set of argument classes resolved to. */
    sealed interface Resolved {}

    /** The member to invoke; {@code own} marks a script's own method. */
    record Allowed(MetaMethod method, boolean own) implements Resolved {}

    /** A member exists but the allow list does not name it; {@code target} says which. */
    record Refused(String target) implements Resolved {}

    /** Nothing of that name takes these arguments. */
    record Missing() implements Resolved {}

    private static final Missing MISSING = new Missing();

    private enum Kind { INSTANCE, STATIC, SCRIPT }

    private record Shape(Class<?>[] types, Resolved resolved) {}

    private static final ClassValue<ConcurrentHashMap<String, Shape[]>[]> CACHE = new ClassValue<>() {
        @Override
        @SuppressWarnings("unchecked")
        protected ConcurrentHashMap<String, Shape[]>[] computeValue(Class<?> type) {
            ConcurrentHashMap<String, Shape[]>[] byKind = new ConcurrentHashMap[Kind.values().length];
            for (int i = 0; i < byKind.length; i++) byKind[i] = new ConcurrentHashMap<>();
            return byKind;
        }
    };

    private static final ClassValue<Set<String>> RESERVED = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            return Arrays.stream(type.getMethods()).map(Method::getName).collect(Collectors.toUnmodifiableSet());
        }
    };

    private Members() {}

    private static Set<Class<?>> groovyMethodClasses() {
        Set<Class<?>> classes = new HashSet<>();
        for (Class<?> c : DefaultGroovyMethods.DGM_LIKE_CLASSES) classes.add(c);
        for (Class<?> c : VMPluginFactory.getPlugin().getPluginDefaultGroovyMethods()) classes.add(c);
        return Set.copyOf(classes);
    }

    /** Names a script may not give its own methods: they would override what its base class has. */
    static Set<String> reservedNames(Class<?> scriptBase) {
        return RESERVED.get(scriptBase);
    }

    // --- calls -----------------------------------------------------------------------------------

    /** {@code receiver.name(args)} on a plain object (not a class, script or guest object). */
    static Object call(Object receiver, String name, Object[] args) {
        Class<?> type = receiver instanceof Closure<?> ? Closure.class : receiver.getClass();
        return switch (resolve(Kind.INSTANCE, type, name, args)) {
            case Allowed a -> invoke(a.method(), receiver, args);
            case Refused r -> throw new SandboxRefusal(r.target());
            case Missing m -> throw new MissingMethodException(name, type, args);
        };
    }

    /** True when {@code receiver} has a method {@code name} for these arguments, allowed or not. */
    static boolean hasMethod(Object receiver, String name, Object[] args) {
        Class<?> type = receiver instanceof Closure<?> ? Closure.class : receiver.getClass();
        return !(resolve(Kind.INSTANCE, type, name, args) instanceof Missing);
    }

    /** {@code Type.name(args)}: a static method, or a method of the {@link Class} object itself. */
    static Object callStatic(Class<?> type, String name, Object[] args) {
        return switch (resolve(Kind.STATIC, type, name, args)) {
            case Allowed a -> invoke(a.method(), a.method().isStatic() ? null : type, args);
            case Refused r -> throw new SandboxRefusal(r.target());
            case Missing m -> throw new MissingMethodException(name, type, args, true);
        };
    }

    /** A method of the script's class for {@code name(args)}: its own, an allowed inherited one, or none. */
    static Resolved scriptMethod(Class<?> scriptClass, String name, Object[] args) {
        return resolve(Kind.SCRIPT, scriptClass, name, args);
    }

    static Object invokeScriptMethod(Allowed method, Object script, Object[] args) {
        return invoke(method.method(), script, args);
    }

    // --- constructors, fields, properties --------------------------------------------------------

    static Object construct(Class<?> type, Object[] args) {
        MetaClassImpl meta = metaClass(type);
        Class<?>[] types = shape(args);
        Constructor<?> c = meta == null ? null : meta.retrieveConstructor(types);
        String target = "new " + type.getTypeName() + "(" + names(types) + ")";
        if (c == null || !fits(c, types)) {
            if (meta == null) throw new SandboxRefusal(target);
            throw new GroovyRuntimeException("Could not find matching constructor for: " + target.substring(4));
        }
        if (!ALLOW.allowsConstructor(c)) throw new SandboxRefusal(describe(c));
        refuseClosureCoercion(c.getParameterTypes(), types, c.isVarArgs());
        try {
            return CachedConstructor.find(c).doConstructorInvoke(args);
        } catch (GroovyRuntimeException e) {
            throw rethrow(e);
        }
    }

    /** {@code Type.name}: a public static field, a static getter, or a property of the Class object. */
    static Object staticProperty(Class<?> type, String name) {
        Field field = publicField(type, name);
        if (field != null && Modifier.isStatic(field.getModifiers())) {
            if (!ALLOW.allowsField(field)) throw new SandboxRefusal(field.getDeclaringClass().getTypeName() + "." + name);
            try {
                return field.get(null);
            } catch (IllegalAccessException e) {
                throw new SandboxRefusal(field.getDeclaringClass().getTypeName() + "." + name);
            }
        }
        String suffix = capitalize(name);
        for (String getter : new String[] {"get" + suffix, "is" + suffix}) {
            if (!(resolve(Kind.STATIC, type, getter, NO_ARGS) instanceof Missing)) return callStatic(type, getter, NO_ARGS);
        }
        throw new MissingPropertyException(name, type);
    }

    /** {@code receiver.name} through its getter; a field without an allowed getter is refused. */
    static Object property(Object receiver, String name) {
        String suffix = capitalize(name);
        for (String getter : new String[] {"get" + suffix, "is" + suffix}) {
            if (hasMethod(receiver, getter, NO_ARGS)) return call(receiver, getter, NO_ARGS);
        }
        Class<?> type = receiver instanceof Closure<?> ? Closure.class : receiver.getClass();
        refuseField(type, name);
        throw new MissingPropertyException(name, type);
    }

    /** {@code receiver.name = value} through its setter. */
    static void setProperty(Object receiver, String name, Object value) {
        Object[] args = {value};
        String setter = "set" + capitalize(name);
        if (hasMethod(receiver, setter, args)) {
            call(receiver, setter, args);
            return;
        }
        Class<?> type = receiver instanceof Closure<?> ? Closure.class : receiver.getClass();
        refuseField(type, name);
        throw new MissingPropertyException(name, type);
    }

    // --- resolution --------------------------------------------------------------------------------

    private static Resolved resolve(Kind kind, Class<?> type, String name, Object[] args) {
        ConcurrentHashMap<String, Shape[]> byName = CACHE.get(type)[kind.ordinal()];
        Shape[] shapes = byName.get(name);
        if (shapes != null) {
            for (Shape s : shapes) {
                if (matches(s.types(), args)) return s.resolved();
            }
        }
        Class<?>[] types = shape(args);
        Resolved resolved = switch (kind) {
            case INSTANCE -> instance(type, name, types);
            case STATIC -> statik(type, name, types);
            case SCRIPT -> script(type, name, types);
        };
        if (shapes == null || shapes.length < MAX_SHAPES) {
            byName.merge(name, new Shape[] {new Shape(types, resolved)}, (old, add) -> {
                Shape[] both = Arrays.copyOf(old, old.length + 1);
                both[old.length] = add[0];
                return both;
            });
        }
        return resolved;
    }

    private static Resolved instance(Class<?> type, String name, Class<?>[] types) {
        MetaClassImpl meta = metaClass(type);
        if (meta == null) return new Refused("a replaced metaclass of " + type.getTypeName());
        MetaMethod m = meta.getMethodWithoutCaching(type, name, types, false);
        return m == null ? MISSING : check(m, types);
    }

    private static Resolved statik(Class<?> type, String name, Class<?>[] types) {
        MetaClassImpl meta = metaClass(type);
        if (meta == null) return new Refused("a replaced metaclass of " + type.getTypeName());
        MetaMethod m = meta.getStaticMetaMethod(name, types);
        if (m instanceof CachedMethod cm && Script.class.isAssignableFrom(type) && isOwn(cm.getCachedMethod(), type)) {
            return new Allowed(m, true); // a static method the script declared
        }
        if (m == null) {
            // Groovy lets Type.x() reach the methods of the Class object itself (String.getMethods()).
            m = metaClass(Class.class).getMethodWithoutCaching(Class.class, name, types, false);
        }
        return m == null ? MISSING : check(m, types);
    }

    private static Resolved script(Class<?> scriptClass, String name, Class<?>[] types) {
        MetaClassImpl meta = metaClass(scriptClass);
        if (meta == null) return new Refused("a replaced metaclass of the script");
        MetaMethod m = meta.getMethodWithoutCaching(scriptClass, name, types, false);
        if (m == null) return MISSING;
        if (m instanceof CachedMethod cm && isOwn(cm.getCachedMethod(), scriptClass)) return new Allowed(m, true);
        return check(m, types);
    }

    /** A method the script's source declared: not generated by Groovy, not inherited. */
    private static boolean isOwn(Method m, Class<?> scriptClass) {
        return m.getDeclaringClass() == scriptClass && !m.isSynthetic() && !m.getName().contains("$")
                && !reservedNames(Script.class).contains(m.getName())
                && !m.getName().equals("run") && !m.getName().equals("main");
    }

    private static Resolved check(MetaMethod m, Class<?>[] types) {
        if (!allows(m)) return new Refused(describe(m));
        String coercion = closureCoercion(m.getNativeParameterTypes(), types, m.isVargsMethod());
        return coercion == null ? new Allowed(m, false) : new Refused(coercion);
    }

    private static boolean allows(MetaMethod m) {
        if (m instanceof CachedMethod cm) {
            Method java = cm.getCachedMethod();
            if (!Modifier.isPublic(java.getModifiers())) return false;
            return Modifier.isStatic(java.getModifiers()) ? ALLOW.allowsStatic(java) : ALLOW.allowsMethod(java);
        }
        return isGroovyMethod(m) && !m.isStatic() && ALLOW.allowsGroovyMethod(m.getDeclaringClass().getTheClass(), m.getName());
    }

    /** Groovy's added methods (DefaultGroovyMethods and its kin), as opposed to closures bolted on later. */
    private static boolean isGroovyMethod(MetaMethod m) {
        if (m instanceof NewInstanceMetaMethod n) {
            Class<?> impl = ((CachedMethod) n.getCachedMethod()).getCachedMethod().getDeclaringClass();
            return GROOVY_METHOD_CLASSES.contains(impl) && !OUTSIDE_CLASSES.contains(impl);
        }
        return m instanceof GeneratedMetaMethod || m.getClass().getPackageName().equals("org.codehaus.groovy.runtime.dgmimpl")
                || m.getClass().getPackageName().equals("org.codehaus.groovy.runtime.dgmimpl.arrays");
    }

    /** A closure passed where the member takes an interface is converted to it: only to allowed types. */
    private static String closureCoercion(Class<?>[] params, Class<?>[] args, boolean varargs) {
        for (int i = 0; i < args.length && params.length > 0; i++) {
            Class<?> param = i < params.length ? params[i] : params[params.length - 1];
            if (varargs && i >= params.length - 1 && param.isArray()) param = param.getComponentType();
            Class<?> arg = args[i];
            if (arg != null && Closure.class.isAssignableFrom(arg) && !param.isAssignableFrom(arg) && !ALLOW.allowsCoercionTo(param)) {
                return "passing a closure as " + param.getTypeName();
            }
        }
        return null;
    }

    private static void refuseClosureCoercion(Class<?>[] params, Class<?>[] args, boolean varargs) {
        String coercion = closureCoercion(params, args, varargs);
        if (coercion != null) throw new SandboxRefusal(coercion);
    }

    private static boolean fits(Constructor<?> c, Class<?>[] types) {
        return c.getParameterCount() == types.length || (c.isVarArgs() && types.length >= c.getParameterCount() - 1);
    }

    /** A field of that name anywhere in the class's hierarchy, public or not, is refused by name. */
    private static void refuseField(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(name)) throw new SandboxRefusal("field " + c.getTypeName() + "." + name);
            }
        }
    }

    private static Field publicField(Class<?> type, String name) {
        try {
            return type.getField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static MetaClassImpl metaClass(Class<?> type) {
        MetaClass meta = GroovySystem.getMetaClassRegistry().getMetaClass(type);
        return meta instanceof MetaClassImpl impl ? impl : null;
    }

    // --- invocation ----------------------------------------------------------------------------------

    private static Object invoke(MetaMethod m, Object receiver, Object[] args) {
        try {
            return m.doMethodInvoke(receiver, args);
        } catch (GroovyRuntimeException e) {
            throw rethrow(e);
        }
    }

    /** Rethrows what the invoked member threw, not Groovy's wrapper around it. */
    static RuntimeException rethrow(GroovyRuntimeException e) {
        Throwable cause = e.getCause();
        if (cause instanceof InvocationTargetException target) cause = target.getCause();
        if (cause != null && (e instanceof InvokerInvocationException || e.getCause() instanceof InvocationTargetException)) {
            throw Members.<RuntimeException>sneaky(cause);
        }
        throw e;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T sneaky(Throwable t) throws T {
        throw (T) t;
    }

    // --- shapes and names ----------------------------------------------------------------------------

    /** Argument classes as the cache keys them: every closure counts as Closure, null as null. */
    private static Class<?>[] shape(Object[] args) {
        Class<?>[] types = new Class<?>[args.length];
        for (int i = 0; i < args.length; i++) types[i] = keyClass(args[i]);
        return types;
    }

    private static Class<?> keyClass(Object arg) {
        if (arg == null) return null;
        if (arg instanceof Closure<?>) return Closure.class;
        if (arg instanceof GString) return GString.class;
        return arg.getClass();
    }

    private static boolean matches(Class<?>[] types, Object[] args) {
        if (types.length != args.length) return false;
        for (int i = 0; i < args.length; i++) {
            if (types[i] != keyClass(args[i])) return false;
        }
        return true;
    }

    static String describe(MetaMethod m) {
        return m.getDeclaringClass().getTheClass().getTypeName() + "." + m.getName() + "(" + names(m.getNativeParameterTypes()) + ")";
    }

    private static String describe(Constructor<?> c) {
        return "new " + c.getDeclaringClass().getTypeName() + "(" + names(c.getParameterTypes()) + ")";
    }

    private static String names(Class<?>[] types) {
        return Arrays.stream(types).map(t -> t == null ? "null" : t.getSimpleName()).collect(Collectors.joining(", "));
    }

    private static String capitalize(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
