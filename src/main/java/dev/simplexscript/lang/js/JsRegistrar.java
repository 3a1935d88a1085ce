package dev.simplexscript.lang.js;

import dev.simplexscript.lang.Registrar;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * The object the prelude closes over to build {@code on}, {@code command}, the timer functions
 * and the route functions of {@code http}. Scripts never hold it directly; it only turns JS arguments into registrations.
 */
final class JsRegistrar implements ProxyObject {
    private final Map<String, ProxyExecutable> members;

    JsRegistrar(Registrar registrar, JsValues values) {
        this.members = Map.of(
                "on", args -> {
                    registrar.on(text(args, 0, "on(type, fn)"), function(args, 1, "on(type, fn)", values));
                    return null;
                },
                "command", args -> {
                    registrar.command(text(args, 0, "command(name, description, fn)"),
                            args.length > 1 && args[1].isString() ? args[1].asString() : "",
                            function(args, 2, "command(name, description, fn)", values));
                    return null;
                },
                "every", args -> values.toGuest(timer(args, "every(ms, fn)", values, ms -> f -> registrar.every(ms, f))),
                "after", args -> values.toGuest(timer(args, "after(ms, fn)", values, ms -> f -> registrar.after(ms, f))),
                "schedule", args -> values.toGuest(registrar.schedule(text(args, 0, "schedule(cron, fn)"),
                        function(args, 1, "schedule(cron, fn)", values))),
                "route", args -> {
                    String usage = "http." + text(args, 0, "http.route").toLowerCase(java.util.Locale.ROOT) + "(path, fn)";
                    registrar.route(args[0].asString(), text(args, 1, usage), function(args, 2, usage, values));
                    return null;
                });
    }

    private static Object timer(Value[] args, String usage, JsValues values,
                                Function<Long, Function<JsFunction, Object>> start) {
        if (args.length < 1 || !args[0].isNumber()) throw usage(values, usage, "ms must be a number");
        return start.apply(args[0].asLong()).apply(function(args, 1, usage, values));
    }

    private static String text(Value[] args, int i, String usage) {
        if (args.length <= i || !args[i].isString()) throw new IllegalArgumentException(usage + ": argument " + (i + 1) + " must be a string");
        return args[i].asString();
    }

    private static JsFunction function(Value[] args, int i, String usage, JsValues values) {
        if (args.length <= i || !args[i].canExecute()) throw usage(values, usage, "argument " + (i + 1) + " must be a function");
        return new JsFunction(args[i], values);
    }

    private static RuntimeException usage(JsValues values, String usage, String problem) {
        return values.error(new IllegalArgumentException(usage + ": " + problem)).throwException();
    }

    @Override
    public Object getMember(String key) {
        return members.get(key);
    }

    @Override
    public Object getMemberKeys() {
        return ProxyArray.fromList(List.copyOf(members.keySet()));
    }

    @Override
    public boolean hasMember(String key) {
        return members.containsKey(key);
    }

    @Override
    public void putMember(String key, Value value) {
        throw new UnsupportedOperationException("read-only");
    }
}
