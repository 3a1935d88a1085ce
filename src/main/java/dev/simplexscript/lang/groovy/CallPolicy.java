package dev.simplexscript.lang.groovy;

import groovy.lang.Closure;
import groovy.lang.GString;
import groovy.lang.Range;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The sandbox's allow list, by receiver: strings, numbers, collections, closures, dates and
 * times, math, regular expressions. Everything else is refused. Java methods of these value types
 * are allowed wholesale (none touches files, processes, threads or reflection); Groovy's added
 * (GDK) methods only by name, because some (such as {@code String.execute()}) run processes.
 */
final class CallPolicy {
    /** Never callable or readable on anything: reflection, meta-programming, blocking, processes. */
    static final Set<String> DENIED_EVERYWHERE = Set.of("getClass", "class", "getMetaClass", "setMetaClass", "metaClass",
            "invokeMethod", "getProperty", "setProperty", "methodMissing", "propertyMissing", "wait", "notify", "notifyAll",
            "finalize", "dump", "execute", "evaluate", "sleep", "asType", "getDeclaringClass", "binding", "getBinding",
            "delegate", "owner", "thisObject", "getDelegate", "setDelegate", "getOwner", "getThisObject", "rehydrate",
            "dehydrate", "setResolveStrategy", "toURL", "toURI", "withObjectStreams", "newInstance", "forName");

    private static final Set<String> COMMON_GDK = Set.of("toString", "equals", "hashCode", "compareTo", "isCase",
            "asBoolean", "getAt", "plus", "minus", "multiply", "div", "mod", "power", "next", "previous", "leftShift",
            "rightShift", "and", "or", "xor", "negative", "positive", "bitwiseNegate", "with", "tap", "identity");

    private static final Set<String> STRING_GDK = Set.of("capitalize", "uncapitalize", "center", "contains", "count",
            "drop", "dropWhile", "take", "takeWhile", "each", "eachLine", "eachMatch", "eachWithIndex", "find",
            "findAll", "collect", "findResult", "any", "every", "isAllWhitespace", "isBigDecimal", "isBigInteger",
            "isDouble", "isFloat", "isInteger", "isLong", "isNumber", "normalize", "denormalize", "padLeft", "padRight",
            "readLines", "reverse", "size", "split", "splitEachLine", "stripIndent", "stripMargin", "toBigDecimal",
            "toBigInteger", "toBoolean", "toCharacter", "toDouble", "toFloat", "toInteger", "toList", "toLong",
            "toSet", "toShort", "tokenize", "replaceAll", "replaceFirst", "startsWithIgnoreCase", "endsWithIgnoreCase",
            "containsIgnoreCase", "equalsIgnoreCase", "getChars", "format", "inject", "matches", "join");

    private static final Set<String> NUMBER_GDK = Set.of("abs", "intdiv", "upto", "downto", "times", "step", "round",
            "toInteger", "toLong", "toDouble", "toFloat", "toBigDecimal", "toBigInteger", "toShort", "trunc", "floor",
            "ceil", "max", "min", "rightShiftUnsigned");

    private static final Set<String> COLLECTION_GDK = Set.of("any", "asImmutable", "asList", "asUnmodifiable",
            "average", "collate", "collect", "collectEntries", "collectMany", "collectNested", "combinations", "count",
            "countBy", "disjoint", "drop", "dropRight", "dropWhile", "each", "eachPermutation", "eachWithIndex",
            "every", "find", "findAll", "findIndexOf", "findIndexValues", "findLastIndexOf", "findResult",
            "findResults", "first", "flatten", "groupBy", "head", "indexed", "inject", "init", "intersect", "join",
            "last", "max", "min", "permutations", "pop", "push", "putAt", "reverse", "reverseEach", "shuffle",
            "shuffled", "size", "sort", "split", "subsequences", "sum", "tail", "take", "takeRight", "takeWhile",
            "toList", "toSet", "toSorted", "toUnique", "transpose", "unique", "withDefault", "withIndex", "subMap",
            "chop", "getOrDefault", "swap", "removeAt", "addAll", "isEmpty", "asCollection");

    private static final Set<String> CLOSURE_METHODS = Set.of("call", "curry", "rcurry", "ncurry", "memoize",
            "getMaximumNumberOfParameters", "getParameterTypes", "leftShift", "rightShift", "toString", "equals", "hashCode");

    private static final Set<String> THROWABLE_METHODS = Set.of("getMessage", "getLocalizedMessage", "getCause",
            "toString", "errorType", "is");

    private static final Set<Class<?>> COLLECTION_TYPES = Set.of(Collection.class, List.class, Set.class, Map.class,
            Deque.class, Iterator.class, ListIterator.class, Map.Entry.class, Iterable.class);

    private static final Set<String> COLLECTION_METHODS = union(COLLECTION_GDK, COMMON_GDK,
            COLLECTION_TYPES.stream().flatMap(t -> Arrays.stream(t.getMethods())).map(Method::getName).collect(Collectors.toSet()));

    private static final Set<Class<?>> STATIC_ALL = Set.of(Math.class, StrictMath.class, Integer.class, Long.class,
            Double.class, Float.class, Short.class, Byte.class, Character.class, BigDecimal.class, BigInteger.class,
            Collections.class, Arrays.class, List.class, Map.class, Set.class, Objects.class, Optional.class,
            Pattern.class, java.time.LocalDate.class, java.time.LocalDateTime.class, java.time.LocalTime.class,
            java.time.Instant.class, java.time.Duration.class, java.time.Period.class, java.time.ZonedDateTime.class,
            java.time.OffsetDateTime.class, java.time.ZoneId.class, java.time.ZoneOffset.class, java.time.DayOfWeek.class,
            java.time.Month.class, java.time.Year.class, java.time.YearMonth.class,
            java.time.format.DateTimeFormatter.class, java.time.temporal.ChronoUnit.class);

    /** Static methods allowed by name on classes not in {@link #STATIC_ALL}. */
    private static final Map<Class<?>, Set<String>> STATIC_SOME = Map.of(
            String.class, Set.of("valueOf", "format", "join", "copyValueOf"),
            Boolean.class, Set.of("valueOf", "parseBoolean", "toString", "compare", "logicalAnd", "logicalOr", "logicalXor"),
            System.class, Set.of("currentTimeMillis", "nanoTime", "lineSeparator"),
            UUID.class, Set.of("randomUUID", "fromString", "nameUUIDFromBytes"));

    /** Statics that read system properties despite living on harmless classes. */
    private static final Set<String> STATIC_DENIED = Set.of("getInteger", "getLong", "getBoolean");

    private static final Set<Class<?>> CONSTRUCTIBLE = Set.of(java.util.ArrayList.class, java.util.LinkedList.class,
            java.util.HashMap.class, java.util.LinkedHashMap.class, java.util.TreeMap.class, java.util.HashSet.class,
            java.util.LinkedHashSet.class, java.util.TreeSet.class, java.util.ArrayDeque.class, StringBuilder.class,
            String.class, BigDecimal.class, BigInteger.class, Date.class, Random.class, Object.class,
            Exception.class, RuntimeException.class, IllegalArgumentException.class, IllegalStateException.class,
            UnsupportedOperationException.class);

    private static final ClassValue<Set<String>> INSTANCE_METHODS = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            return Arrays.stream(type.getMethods()).filter(m -> !Modifier.isStatic(m.getModifiers()))
                    .map(Method::getName).filter(n -> !DENIED_EVERYWHERE.contains(n)).collect(Collectors.toUnmodifiableSet());
        }
    };

    private CallPolicy() {}

    static boolean allowsMethod(Object receiver, String name) {
        if (DENIED_EVERYWHERE.contains(name)) return false;
        if (receiver instanceof String || receiver instanceof GString) {
            return INSTANCE_METHODS.get(String.class).contains(name) || STRING_GDK.contains(name) || COMMON_GDK.contains(name);
        }
        if (receiver instanceof Number || receiver instanceof Boolean || receiver instanceof Character) {
            return INSTANCE_METHODS.get(receiver.getClass()).contains(name) || NUMBER_GDK.contains(name) || COMMON_GDK.contains(name);
        }
        if (receiver instanceof Closure<?>) return CLOSURE_METHODS.contains(name);
        if (receiver instanceof Throwable) return THROWABLE_METHODS.contains(name);
        if (receiver instanceof Range<?> || receiver instanceof Collection<?> || receiver instanceof Map<?, ?>
                || receiver instanceof Iterator<?> || receiver instanceof Map.Entry<?, ?> || receiver instanceof Object[]) {
            return COLLECTION_METHODS.contains(name);
        }
        if (isValueType(receiver)) return INSTANCE_METHODS.get(receiver.getClass()).contains(name) || COMMON_GDK.contains(name);
        return false;
    }

    /** Dates, times, regular expressions and other side-effect-free JDK values. */
    private static boolean isValueType(Object receiver) {
        return receiver instanceof Temporal || receiver instanceof TemporalAmount || receiver instanceof Date
                || receiver instanceof java.time.ZoneId || receiver instanceof java.time.format.DateTimeFormatter
                || receiver instanceof Enum<?> && receiver.getClass().getPackageName().startsWith("java.time")
                || receiver instanceof Matcher || receiver instanceof Pattern || receiver instanceof UUID
                || receiver instanceof Optional<?> || receiver instanceof Random || receiver instanceof StringBuilder;
    }

    static boolean allowsStatic(Class<?> type, String name) {
        if (STATIC_DENIED.contains(name) || DENIED_EVERYWHERE.contains(name)) return false;
        if (STATIC_ALL.contains(type)) return true;
        Set<String> some = STATIC_SOME.get(type);
        return some != null && some.contains(name);
    }

    static boolean allowsStaticFields(Class<?> type) {
        return STATIC_ALL.contains(type) || type == Boolean.class || type == String.class;
    }

    static boolean allowsConstructor(Class<?> type) {
        return CONSTRUCTIBLE.contains(type);
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        return Stream.of(sets).flatMap(Set::stream).filter(n -> !DENIED_EVERYWHERE.contains(n)).collect(Collectors.toUnmodifiableSet());
    }
}
