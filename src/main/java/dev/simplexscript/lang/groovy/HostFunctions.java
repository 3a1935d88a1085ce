package dev.simplexscript.lang.groovy;

import dev.simplexscript.api.EventShortcut;
import dev.simplexscript.lang.Registrar;
import groovy.lang.Closure;
import dev.simplexscript.lang.Stdlib;
import dev.simplexscript.http.HttpApi;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** {@code on}, {@code command}, {@code every}, {@code after}, {@code schedule} and {@code http} for Groovy scripts. */
final class HostFunctions {
    private HostFunctions() {}

    /** The names {@link #create} binds, known before a script compiles ({@link GlobalNames} needs them). */
    static final Set<String> NAMES = Set.of("on", "command", "every", "after", "require", "schedule", "http");

    /** @param http the host's {@code http} global (its {@code verifyHmac}), or null where the host gives none */
    static Map<String, Object> create(Registrar registrar, GroovyRuntime runtime, Object http) {
        Map<String, Object> functions = new HashMap<>(Map.of(
                "on", new On(registrar, runtime),
                "command", new Fn("command(name, description, closure)", a -> {
                    if (a.length == 2) {
                        registrar.command(text(a[0]), "", function(a[1], runtime));
                    } else {
                        check(a.length == 3, "command(name, description, closure)");
                        registrar.command(text(a[0]), text(a[1]), function(a[2], runtime));
                    }
                    return null;
                }),
                "every", new Fn("every(ms, closure)", a -> GroovyValues.toGuest(registrar.every(millis(a), function(a[1], runtime)))),
                "after", new Fn("after(ms, closure)", a -> GroovyValues.toGuest(registrar.after(millis(a), function(a[1], runtime)))),
                "require", new Fn("require('" + Stdlib.NAME + "')", a -> {
                    check(a.length == 1, "require('" + Stdlib.NAME + "')");
                    if (!Stdlib.NAME.equals(String.valueOf(a[0]))) throw Stdlib.notAvailable(a[0]);
                    return runtime.stdlib();
                }),
                "schedule", new Fn("schedule(cron, closure)", a -> {
                    check(a.length == 2, "schedule(cron, closure)");
                    return GroovyValues.toGuest(registrar.schedule(text(a[0]), function(a[1], runtime)));
                })));
        if (http instanceof HttpApi api) functions.put("http", new Http(registrar, runtime, api));
        return Map.copyOf(functions);
    }

    private static long millis(Object[] a) {
        check(a.length == 2 && a[0] instanceof Number, "every/after(ms, closure)");
        return ((Number) a[0]).longValue();
    }

    private static String text(Object v) {
        if (v instanceof CharSequence s) return s.toString();
        throw new IllegalArgumentException("expected text, got " + (v == null ? "null" : v.getClass().getSimpleName()));
    }

    private static GroovyFunction function(Object v, GroovyRuntime runtime) {
        if (v instanceof Closure<?> c) return new GroovyFunction(c, runtime);
        throw new IllegalArgumentException("expected a closure { ... }, got " + (v == null ? "null" : v.getClass().getSimpleName()));
    }

    private static void check(boolean ok, String usage) {
        if (!ok) throw new IllegalArgumentException("usage: " + usage);
    }

    /** {@code on('type') { }} and {@code on.message { }}. */
    static final class On extends GuestFacing {
        private final Registrar registrar;
        private final GroovyRuntime runtime;

        On(Registrar registrar, GroovyRuntime runtime) {
            this.registrar = registrar;
            this.runtime = runtime;
        }

        @Override
        public Object invokeMember(String name, Object[] a) {
            if (name.equals("call") && a.length == 2) {
                registrar.on(text(a[0]), function(a[1], runtime));
            } else if (a.length == 1 && EventShortcut.named(name).isPresent()) {
                registrar.on(name, function(a[0], runtime));
            } else {
                throw notAMethod(On.class, name, a);
            }
            return null;
        }

        @Override
        public Object readMember(String name) {
            throw notAProperty(On.class, name);
        }

        @Override
        String scriptName() {
            return "on";
        }
    }

    /** {@code http.post('/path') { req -> ... }} (also get, put, delete) and {@code http.verifyHmac(req, secret[, header])}. */
    static final class Http extends GuestFacing {
        private final Registrar registrar;
        private final GroovyRuntime runtime;
        private final HttpApi api;

        Http(Registrar registrar, GroovyRuntime runtime, HttpApi api) {
            this.registrar = registrar;
            this.runtime = runtime;
            this.api = api;
        }

        @Override
        public Object invokeMember(String name, Object[] a) {
            switch (name) {
                case "get", "post", "put", "delete" -> {
                    check(a.length == 2, "http." + name + "(path) { req -> ... }");
                    registrar.route(name.toUpperCase(Locale.ROOT), text(a[0]), function(a[1], runtime));
                    return null;
                }
                case "verifyHmac" -> {
                    check(a.length == 2 || a.length == 3, "http.verifyHmac(req, secret[, header])");
                    // As every API call's arguments: the request's proxy back to the request, GStrings to text.
                    List<Object> args = GroovyValues.toJava(a);
                    return a.length == 2 ? api.verifyHmac(args.get(0), args.get(1)) : api.verifyHmac(args.get(0), args.get(1), args.get(2));
                }
                default -> throw notAMethod(HttpApi.class, name, a);
            }
        }

        @Override
        public Object readMember(String name) {
            throw notAProperty(HttpApi.class, name);
        }

        @Override
        String scriptName() {
            return "http";
        }
    }

    /** A host function called as {@code name(args)}. */
    static final class Fn extends GuestFacing {
        private final String usage;
        private final Function<Object[], Object> body;

        Fn(String usage, Function<Object[], Object> body) {
            this.usage = usage;
            this.body = body;
        }

        @Override
        public Object invokeMember(String name, Object[] args) {
            if (!name.equals("call")) throw notAMethod(Fn.class, name, args);
            return body.apply(args);
        }

        @Override
        public Object readMember(String name) {
            throw notAProperty(Fn.class, name);
        }

        @Override
        String scriptName() {
            return usage;
        }
    }
}
