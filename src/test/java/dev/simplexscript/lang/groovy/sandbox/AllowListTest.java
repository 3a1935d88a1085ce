package dev.simplexscript.lang.groovy.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.File;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.codehaus.groovy.runtime.IOGroovyMethods;
import org.codehaus.groovy.runtime.ProcessGroovyMethods;
import org.codehaus.groovy.runtime.ResourceGroovyMethods;
import org.codehaus.groovy.runtime.SocketGroovyMethods;
import org.codehaus.groovy.runtime.StreamGroovyMethods;
import org.junit.jupiter.api.Test;

/**
 * The allow list says what it means: every rule names members that exist (a typo would silently
 * allow nothing, or something else later), no Groovy method it admits comes from the classes that
 * touch files, streams, processes or sockets, and the members an escape needs stay out.
 */
class AllowListTest {
    private static final AllowList ALLOW = AllowList.DEFAULT;
    /** Groovy methods implemented as metaclass entries rather than static methods. */
    private static final Map<String, Set<String>> BUILT_IN = Map.of("java.lang.Number", Set.of("plus", "minus", "multiply", "div"));

    @Test
    void everyRuleNamesAnExistingTypeAndMember() {
        List<String> wrong = new ArrayList<>();
        for (AllowList.Kind kind : AllowList.Kind.values()) {
            for (Map.Entry<String, AllowList.Names> rule : ALLOW.rules(kind).entrySet()) {
                String type = rule.getKey();
                if (type.endsWith(".*")) continue;
                Class<?> c = classNamed(type);
                if (c == null) {
                    wrong.add(kind + " " + type + ": no such type");
                    continue;
                }
                Set<String> names = new java.util.TreeSet<>(rule.getValue().names());
                names.addAll(rule.getValue().excluded());
                for (String name : names) {
                    if (!exists(kind, c, name)) wrong.add(kind + " " + type + " " + name + ": no such member");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void noAdmittedGroovyMethodTouchesFilesStreamsProcessesOrSockets() {
        List<String> admitted = new ArrayList<>();
        for (Class<?> outside : List.of(IOGroovyMethods.class, ProcessGroovyMethods.class, ResourceGroovyMethods.class,
                SocketGroovyMethods.class, StreamGroovyMethods.class)) {
            for (Method m : outside.getMethods()) {
                if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() > 0
                        && ALLOW.allowsGroovyMethod(m.getParameterTypes()[0], m.getName())) {
                    admitted.add(outside.getSimpleName() + "." + m.getName() + Arrays.toString(m.getParameterTypes()));
                }
            }
        }
        assertEquals(List.of(), admitted);
    }

    @Test
    void whatEscapesNeedStaysOut() throws Exception {
        for (Method m : List.of(Object.class.getMethod("getClass"), Class.class.getMethod("forName", String.class),
                System.class.getMethod("getenv"), System.class.getMethod("getProperty", String.class),
                System.class.getMethod("exit", int.class), Runtime.class.getMethod("getRuntime"),
                Thread.class.getMethod("currentThread"), Integer.class.getMethod("getInteger", String.class),
                java.util.Arrays.class.getMethod("parallelSetAll", int[].class, java.util.function.IntUnaryOperator.class),
                java.util.Arrays.class.getMethod("parallelSort", int[].class),
                java.util.concurrent.CompletableFuture.class.getMethod("supplyAsync", java.util.function.Supplier.class),
                java.util.concurrent.ForkJoinPool.class.getMethod("commonPool"),
                Collection.class.getMethod("parallelStream"), Collection.class.getMethod("stream"),
                ClassLoader.class.getMethod("getSystemClassLoader"))) {
            boolean allowed = Modifier.isStatic(m.getModifiers()) ? ALLOW.allowsStatic(m) : ALLOW.allowsMethod(m);
            assertFalse(allowed, m.toString());
        }
        for (String name : List.of("getAt", "putAt", "with", "tap", "identity", "println", "print", "printf", "sleep",
                "invokeMethod", "getMetaClass", "setMetaClass", "getProperties", "dump", "asType", "use", "addShutdownHook")) {
            assertFalse(ALLOW.allowsGroovyMethod(Object.class, name), "Object." + name);
        }
        for (Class<?> self : List.of(String.class, CharSequence.class, List.class, Collection.class)) {
            for (String name : List.of("execute", "toURL", "toURI", "asType")) {
                assertFalse(ALLOW.allowsGroovyMethod(self, name), self.getSimpleName() + "." + name);
            }
        }
        assertFalse(ALLOW.allowsGroovyMethod(Collection.class, "getAt"), "Collection.getAt(String) reads properties of each item");
        for (Class<?> type : List.of(Class.class, File.class, URL.class, ProcessBuilder.class, Thread.class, Runnable.class,
                Callable.class, ClassLoader.class, groovy.lang.GroovyShell.class, groovy.lang.Script.class)) {
            assertFalse(ALLOW.allowsCoercionTo(type), "conversion to " + type.getName());
            for (var c : type.getConstructors()) assertFalse(ALLOW.allowsConstructor(c), c.toString());
        }
    }

    private static boolean exists(AllowList.Kind kind, Class<?> type, String name) {
        return switch (kind) {
            case METHOD -> Arrays.stream(type.getMethods()).anyMatch(m -> m.getName().equals(name) && !Modifier.isStatic(m.getModifiers()));
            case STATIC -> Arrays.stream(type.getMethods()).anyMatch(m -> m.getName().equals(name) && Modifier.isStatic(m.getModifiers()));
            case FIELD -> Arrays.stream(type.getFields()).anyMatch(f -> f.getName().equals(name));
            case NEW, COERCE -> true;
            case GDK -> groovyMethodExists(type, name);
        };
    }

    private static boolean groovyMethodExists(Class<?> self, String name) {
        if (BUILT_IN.getOrDefault(self.getName(), Set.of()).contains(name)) return true;
        for (Class<?> home : Members.GROOVY_METHOD_CLASSES) {
            for (Method m : home.getMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() > 0 && m.getParameterTypes()[0] == self) return true;
            }
        }
        return false;
    }

    private static Class<?> classNamed(String name) {
        try {
            if (name.endsWith("[]")) return classNamed(name.substring(0, name.length() - 2)).arrayType();
            return switch (name) {
                case "int" -> int.class;
                case "long" -> long.class;
                case "double" -> double.class;
                case "char" -> char.class;
                case "byte" -> byte.class;
                default -> Class.forName(name);
            };
        } catch (ClassNotFoundException | NullPointerException e) {
            return null;
        }
    }
}
