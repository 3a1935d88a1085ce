package dev.simplexscript.lang.groovy.sandbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a sandboxed script may use, read from {@code allowlist.txt} beside this class. Every
 * question is asked about a resolved member (the declaring class and the member Groovy chose), never
 * about a name alone; anything no rule names is refused. See the file for the rule kinds.
 */
final class AllowList {
    /** The one list every sandboxed script runs under. */
    static final AllowList DEFAULT = load("allowlist.txt");

    enum Kind { METHOD, STATIC, FIELD, NEW, GDK, COERCE }

    /** The member names one rule allows: all ({@code *}), minus exclusions, or exactly these. */
    record Names(boolean all, Set<String> names, Set<String> excluded) {
        boolean has(String name) {
            return all ? !excluded.contains(name) : names.contains(name);
        }
    }

    /** Rules by kind, then by type name (a {@code pkg.*} key stands for every type in that package). */
    private final Map<Kind, Map<String, Names>> rules;

    private AllowList(Map<Kind, Map<String, Names>> rules) {
        this.rules = rules;
    }

    /** The rules of one kind, by type name ({@code pkg.*} for a package); for review and tests. */
    Map<String, Names> rules(Kind kind) {
        return rules.getOrDefault(kind, Map.of());
    }

    static AllowList load(String resource) {
        try (InputStream in = AllowList.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("sandbox allow list missing from the build: " + resource);
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList(), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AllowList parse(List<String> lines, String source) {
        Map<Kind, Map<String, Names>> rules = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replaceFirst("#.*", "").strip();
            if (line.isEmpty()) continue;
            String[] words = line.split("\\s+");
            if (words.length < 3) throw new IllegalArgumentException(source + ":" + (i + 1) + ": expected '<kind> <type> <names>'");
            Kind kind = Kind.valueOf(words[0].toUpperCase());
            Set<String> names = new HashSet<>();
            Set<String> excluded = new HashSet<>();
            boolean all = false;
            for (String word : Arrays.asList(words).subList(2, words.length)) {
                if (word.equals("*")) all = true;
                else if (word.startsWith("-")) excluded.add(word.substring(1));
                else names.add(word);
            }
            Names previous = rules.computeIfAbsent(kind, k -> new HashMap<>()).put(words[1], new Names(all, names, excluded));
            if (previous != null) throw new IllegalArgumentException(source + ":" + (i + 1) + ": a second rule for " + words[0] + " " + words[1]);
        }
        return new AllowList(rules);
    }

    /**
     * A Java instance method Groovy resolved. A rule {@code method T names} allows it when the
     * method is T's own (declared by T or an override of T's method); a wildcard covers the
     * methods T itself declares, explicit names also those T inherits.
     */
    boolean allowsMethod(Method m) {
        Class<?> declaring = m.getDeclaringClass();
        for (Map.Entry<String, Names> rule : rules(Kind.METHOD).entrySet()) {
            if (!rule.getValue().has(m.getName())) continue;
            for (Class<?> type : typesFor(rule.getKey(), declaring)) {
                Method own = publicMethod(type, m.getName(), m.getParameterTypes());
                if (own == null || Modifier.isStatic(own.getModifiers())) continue;
                boolean declaredByType = own.getDeclaringClass() == type || !Modifier.isPublic(own.getDeclaringClass().getModifiers());
                if (rule.getValue().all() ? declaredByType : true) return true;
            }
        }
        return false;
    }

    /** A static method, allowed by a {@code static T names} rule for its declaring class. */
    boolean allowsStatic(Method m) {
        return Modifier.isStatic(m.getModifiers()) && named(Kind.STATIC, m.getDeclaringClass(), m.getName());
    }

    /** A public static field, allowed by a {@code field T names} rule for its declaring class. */
    boolean allowsField(Field f) {
        return Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers()) && named(Kind.FIELD, f.getDeclaringClass(), f.getName());
    }

    /** A public constructor, allowed by a {@code new T *} rule for exactly its class. */
    boolean allowsConstructor(Constructor<?> c) {
        return Modifier.isPublic(c.getModifiers()) && named(Kind.NEW, c.getDeclaringClass(), "*");
    }

    /** A Groovy-added method, allowed by a {@code gdk S names} rule for exactly its self type S. */
    boolean allowsGroovyMethod(Class<?> selfType, String name) {
        Names names = rules(Kind.GDK).get(selfType.getTypeName());
        return names != null && names.has(name);
    }

    /**
     * A type values may be converted to and scripts may name in declarations, parameters, return
     * types and casts: {@code coerce T}; arrays of such types; primitives.
     */
    boolean allowsCoercionTo(Class<?> type) {
        if (type.isPrimitive()) return true;
        if (type.isArray()) return allowsCoercionTo(type.getComponentType());
        return named(Kind.COERCE, type, "*");
    }

    private boolean named(Kind kind, Class<?> type, String member) {
        Map<String, Names> byType = rules(kind);
        Names exact = byType.get(type.getName());
        if (exact != null) return member.equals("*") || exact.has(member);
        Names inPackage = byType.get(type.getPackageName() + ".*");
        return inPackage != null && Modifier.isPublic(type.getModifiers()) && (member.equals("*") || inPackage.has(member));
    }

    /** The rule's types that {@code declaring} is, or inherits from: one class, or a package's classes. */
    private static List<Class<?>> typesFor(String ruleType, Class<?> declaring) {
        List<Class<?>> out = new ArrayList<>();
        if (ruleType.endsWith(".*")) {
            String pkg = ruleType.substring(0, ruleType.length() - 2);
            if (declaring.getPackageName().equals(pkg) && Modifier.isPublic(declaring.getModifiers())) out.add(declaring);
            return out;
        }
        Class<?> type = classNamed(ruleType);
        if (type != null && type.isAssignableFrom(declaring)) out.add(type);
        return out;
    }

    private static Method publicMethod(Class<?> type, String name, Class<?>[] params) {
        try {
            return type.getMethod(name, params);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Class<?> classNamed(String name) {
        try {
            return Class.forName(name, false, AllowList.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
