package dev.simplexscript.testkit;

import dev.simplexscript.lang.GuestFunction;
import dev.simplexscript.lang.Registrar;
import dev.simplexscript.lang.ScriptEnvironment;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

/**
 * What a test file runs in: the language's usual sandbox with {@code sim} and {@code expect} as
 * its globals instead of the bot API. {@code test(name, fn)} is kit code appended to the file
 * that registers through {@code on('test:' + name, fn)}; everything else a bot registers is
 * refused, since a test file is not a bot.
 */
final class TestEnvironment implements ScriptEnvironment, Registrar {
    static final String TEST_PREFIX = "test:";

    private final Map<String, Object> globals;
    private final Map<String, GuestFunction> tests = new LinkedHashMap<>();
    private final Queue<Runnable> posted = new ArrayDeque<>();
    private final List<String> printed = new ArrayList<>();

    TestEnvironment(Map<String, Object> globals) {
        this.globals = Map.copyOf(globals);
    }

    /** The tests in declaration order. */
    Map<String, GuestFunction> tests() {
        return tests;
    }

    /** Runs callbacks the runtime queued for the script's thread; the test thread is that thread. */
    void drain() {
        for (Runnable task; (task = posted.poll()) != null; ) task.run();
    }

    /** What the test printed since the last call. */
    List<String> takePrinted() {
        List<String> lines = List.copyOf(printed);
        printed.clear();
        return lines;
    }

    @Override
    public Map<String, Object> globals() {
        return globals;
    }

    @Override
    public Registrar registrar() {
        return this;
    }

    @Override
    public void post(Runnable task) {
        posted.add(task);
    }

    @Override
    public void print(String line) {
        printed.add(line);
    }

    @Override
    public void on(String type, GuestFunction handler) {
        if (!type.startsWith(TEST_PREFIX)) throw notHere("on");
        String name = type.substring(TEST_PREFIX.length());
        if (name.isBlank()) throw new IllegalArgumentException("test(name, fn): the name must not be empty");
        if (tests.putIfAbsent(name, handler) != null) throw new IllegalArgumentException("two tests are called '" + name + "'");
    }

    @Override
    public void command(String name, String description, GuestFunction handler) {
        throw notHere("command");
    }

    @Override
    public Object every(long millis, GuestFunction fn) {
        throw notHere("every");
    }

    @Override
    public Object after(long millis, GuestFunction fn) {
        throw notHere("after");
    }

    @Override
    public Object schedule(String cron, GuestFunction fn) {
        throw notHere("schedule");
    }

    @Override
    public void route(String method, String path, GuestFunction handler) {
        throw notHere("http." + method.toLowerCase(java.util.Locale.ROOT));
    }

    private static IllegalArgumentException notHere(String what) {
        return new IllegalArgumentException(what + "(...) belongs in the bot script; a test file declares tests with test(name, fn)"
                + " and drives the bot through sim");
    }
}
