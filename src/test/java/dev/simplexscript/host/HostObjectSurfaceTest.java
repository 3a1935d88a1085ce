package dev.simplexscript.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.api.BotApi;
import dev.simplexscript.http.FetchFunction;
import dev.simplexscript.http.HttpApi;
import dev.simplexscript.lang.ExportedMembers;
import dev.simplexscript.store.ScriptStore;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every host object a script holds ({@code store}, {@code log}, {@code asset}, timer handles, every
 * global API object, and in Groovy {@code on}, {@code command} and the stdlib) shows exactly its exported
 * members: each field and each unexported method of the Java class behind it, and of the Groovy
 * facade in front of it, is hidden in JavaScript and refused by name in Groovy (as a property, a
 * call and a subscript such as {@code on['registrar']}), sandboxed or trusted. (The API classes' exported members are checked against the documented API by
 * {@code TypeDeclarationsTest}.)
 */
class HostObjectSurfaceTest {
    /** Each probe is a closure, so a class to compile: over a thousand of them take seconds of CPU time to load. */
    private static final UnaryOperator<HostConfig> LONG_TOP_LEVEL = c -> c.withHandlerBudget(Duration.ofSeconds(30));

    @TempDir Path dir;
    private TestHost t;

    @AfterEach
    void close() {
        if (t != null) t.close();
    }

    /** Script expression for each held object, and the Java classes behind it. */
    private static Map<String, Set<Class<?>>> held(boolean groovy) throws ClassNotFoundException {
        Map<String, Set<Class<?>>> out = new LinkedHashMap<>();
        out.put("store", Set.of(ScriptStore.class));
        out.put("log", Set.of(ScriptLog.class));
        out.put("asset", Set.of(ScriptAssets.class));
        out.put("timer", Set.of(ScriptTimer.class));
        new BotApi(new FakeCore()).globals().forEach((name, api) -> out.put(name, Set.of(api.getClass())));
        out.put("fetch", Set.of(FetchFunction.class));
        out.put("http", Set.of(HttpApi.class));
        if (groovy) {
            Class<?> proxy = Class.forName("dev.simplexscript.lang.groovy.ApiProxy");
            out.replaceAll((name, classes) -> Set.of(classes.iterator().next(), proxy));
            out.put("http", Set.of(HttpApi.class, Class.forName("dev.simplexscript.lang.groovy.HostFunctions$Http")));
            out.put("on", Set.of(Class.forName("dev.simplexscript.lang.groovy.HostFunctions$On")));
            out.put("command", Set.of(Class.forName("dev.simplexscript.lang.groovy.HostFunctions$Fn")));
            out.put("std", Set.of(Class.forName("dev.simplexscript.lang.groovy.StdlibObject")));
        }
        return out;
    }

    /** Fields of any visibility and public methods, up to and including Object, that none of the classes exports. */
    private static Set<String> hidden(Set<Class<?>> classes) {
        Set<String> names = new TreeSet<>(fields(classes));
        for (Class<?> type : classes) for (Method m : type.getMethods()) names.add(m.getName());
        for (Class<?> type : classes) names.removeAll(ExportedMembers.of(type).names());
        names.remove("toString"); // a host object prints as text in both languages
        return names;
    }

    private static Set<String> fields(Set<Class<?>> classes) {
        Set<String> names = new TreeSet<>();
        for (Class<?> type : classes) {
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) if (!f.isSynthetic() && !f.getName().contains("$")) names.add(f.getName());
            }
        }
        for (Class<?> type : classes) names.removeAll(ExportedMembers.of(type).names());
        return names;
    }

    @Test
    void sandboxedGroovyReachesOnlyExportedMembers() throws Exception {
        t = new TestHost(dir, LONG_TOP_LEVEL);
        StringBuilder probes = new StringBuilder();
        int count = 0;
        for (Map.Entry<String, Set<Class<?>>> object : held(true).entrySet()) {
            for (String name : hidden(object.getValue())) {
                String target = object.getKey() + "." + name;
                probes.append("outcomes['").append(target).append("'] = probe { ").append(object.getKey()).append(".'").append(name).append("' }\n");
                probes.append("outcomes['").append(target).append("()'] = probe { ").append(object.getKey()).append(".'").append(name).append("'() }\n");
                probes.append("outcomes['").append(object.getKey()).append("[").append(name).append("]'] = probe { ")
                        .append(object.getKey()).append("['").append(name).append("'] }\n");
                count += 3;
            }
        }
        LoadResult loaded = t.load("surface.groovy", PROBE + probes + REPORT);
        assertTrue(loaded.loaded(), loaded.toString());
        assertEquals("surface.groovy INFO SURFACE " + count + " [:]", t.awaitLine("surface.groovy INFO SURFACE"));
    }

    /** A trusted script may do anything by other means, but property and subscript syntax never read a host object's fields. */
    @Test
    void trustedGroovyPropertyReadsDoNotReachFields() throws Exception {
        t = new TestHost(dir, c -> LONG_TOP_LEVEL.apply(c).withTrusted(p -> true));
        StringBuilder probes = new StringBuilder();
        int count = 0;
        for (Map.Entry<String, Set<Class<?>>> object : held(true).entrySet()) {
            for (String name : fields(object.getValue())) {
                probes.append("outcomes['").append(object.getKey()).append('.').append(name).append("'] = probe { ")
                        .append(object.getKey()).append(".'").append(name).append("' }\n");
                probes.append("outcomes['").append(object.getKey()).append('[').append(name).append("]'] = probe { ")
                        .append(object.getKey()).append("['").append(name).append("'] }\n");
                count += 2;
            }
        }
        assertTrue(t.load("trusted.groovy", PROBE + probes + REPORT).loaded());
        assertEquals("trusted.groovy INFO SURFACE " + count + " [:]", t.awaitLine("trusted.groovy INFO SURFACE"));
    }

    private static final String PROBE = """
            def outcomes = [:]
            def timer = after(3600000) { }
            def std = require('simplex/stdlib')
            def probe(Closure attempt) {
              try { attempt(); 'LEAKED' } catch (SecurityException e) { 'refused' } catch (Throwable e) { 'other: ' + e.message }
            }
            """;
    private static final String REPORT = """
            def wrong = outcomes.findAll { it.value != 'refused' }
            log.info("SURFACE ${outcomes.size()} ${wrong}")
            """;

    @Test
    void javascriptSeesOnlyExportedMembers() throws Exception {
        t = new TestHost(dir);
        Map<String, Set<String>> names = held(false).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> hidden(e.getValue()), (a, b) -> a, LinkedHashMap::new));
        StringBuilder js = new StringBuilder("const timer = after(3600000, () => {})\nconst leaked = []\nlet checked = 0\n");
        for (Map.Entry<String, Set<String>> object : names.entrySet()) {
            for (String name : object.getValue()) {
                js.append("checked++; if (").append(object.getKey()).append("['").append(name).append("'] !== undefined && ")
                        .append(object.getKey()).append("['").append(name).append("'] !== Object.prototype['").append(name)
                        .append("']) leaked.push('").append(object.getKey()).append('.').append(name).append("')\n");
            }
        }
        js.append("log.info('SURFACE ' + checked + ' ' + JSON.stringify(leaked))\n");
        assertTrue(t.load("surface.js", js.toString()).loaded());
        int count = names.values().stream().mapToInt(Set::size).sum();
        assertEquals("surface.js INFO SURFACE " + count + " []", t.awaitLine("surface.js INFO SURFACE"));
    }
}
