package dev.simplexscript.lang.js;

import dev.simplexscript.api.EventShortcut;
import dev.simplexscript.lang.Stdlib;
import dev.simplexscript.lang.ScriptEnvironment;
import dev.simplexscript.lang.ScriptError;
import dev.simplexscript.lang.ScriptRuntime;
import dev.simplexscript.lang.ScriptSource;
import dev.simplexscript.protocol.Json;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * One script version's GraalJS context. The script sees no host object at all: every API object
 * reaches it as a proxy ({@link JsApiObject}) that converts values at the boundary, so even the
 * constrained host access below is only a second fence.
 */
final class JsRuntime implements ScriptRuntime {
    /** No exported members, no lookups: host objects never reach scripts, proxies do. */
    private static final HostAccess HOST_ACCESS = HostAccess.newBuilder(HostAccess.CONSTRAINED).build();
    private static final Duration INTERRUPT_GRACE = Duration.ofSeconds(2);
    private static final Source PRELUDE = Source.newBuilder("js", """
            (function (host, api) {
              'use strict';
              const on = function on(type, fn) { host.on(type, fn); };
              for (const shortcut of %s) {
                on[shortcut] = function (fn) { host.on(shortcut, fn); };
              }
              Object.freeze(on);
              return {
                on,
                command: function command(name, description, fn) {
                  if (typeof description === 'function') { fn = description; description = ''; }
                  host.command(name, description, fn);
                },
                every: function every(ms, fn) { return host.every(ms, fn); },
                after: function after(ms, fn) { return host.after(ms, fn); },
                schedule: function schedule(cron, fn) { return host.schedule(cron, fn); },
                http: Object.freeze({
                  get: function get(path, fn) { host.route('GET', path, fn); },
                  post: function post(path, fn) { host.route('POST', path, fn); },
                  put: function put(path, fn) { host.route('PUT', path, fn); },
                  delete: function (path, fn) { host.route('DELETE', path, fn); },
                  verifyHmac: function verifyHmac(req, secret, header) {
                    return header === undefined ? api.verifyHmac(req, secret) : api.verifyHmac(req, secret, header);
                  },
                }),
              };
            })
            """.formatted(Json.write(EventShortcut.scriptNames())), "<host-prelude>").internal(true).buildLiteral();

    /** {@code require}: only the stdlib, evaluated once per script, inside its own context. */
    private static final Source REQUIRE = Source.newBuilder("js", """
            (function (load) {
              let lib;
              return function require(name) {
                if (name !== '%s') {
                  throw new Error("require('" + name + "'): only '%s' can be required in a bot script");
                }
                if (lib === undefined) lib = load();
                return lib;
              };
            })
            """.formatted(Stdlib.NAME, Stdlib.NAME), "<require>").internal(true).buildLiteral();

    /** The stdlib as a function returning its exports; its lines keep their numbers in traces. */
    private static final Source STDLIB = Source.newBuilder("js",
            "(function () { const exports = {};" + Stdlib.source("js", "js") + "\nreturn Object.freeze(exports); })",
            Stdlib.NAME + ".js").buildLiteral();

    private final Context context;
    private final Source source;
    private final JsValues values;

    private JsRuntime(Context context, Source source, JsValues values) {
        this.context = context;
        this.source = source;
        this.values = values;
    }

    static JsRuntime create(Engine engine, ScriptSource script, ScriptEnvironment env) {
        Source source = Source.newBuilder("js", script.text(), script.name()).buildLiteral();
        LineOutput console = new LineOutput(env::print);
        Context context = Context.newBuilder("js")
                .engine(engine)
                .sandbox(SandboxPolicy.CONSTRAINED)
                .allowHostAccess(HOST_ACCESS)
                .out(console)
                .err(console)
                .option("js.load", "false")
                .option("js.graal-builtin", "false")
                .option("js.unhandled-rejections", "throw")
                .build();
        try {
            JsValues values = new JsValues(context, script.name(), env);
            JsRuntime runtime = new JsRuntime(context, source, values);
            runtime.install(env);
            context.parse(source);
            return runtime;
        } catch (PolyglotException e) {
            context.close(true);
            throw JsErrors.from(e, script.name());
        }
    }

    private void install(ScriptEnvironment env) {
        Value bindings = context.getBindings("js");
        for (Map.Entry<String, Object> global : env.globals().entrySet()) {
            bindings.putMember(global.getKey(), values.toGuest(global.getValue()));
        }
        Value api = context.eval(PRELUDE).execute(new JsRegistrar(env.registrar(), values), bindings.getMember("http"));
        for (String name : api.getMemberKeys()) {
            bindings.putMember(name, api.getMember(name));
        }
        bindings.putMember("require", context.eval(REQUIRE).execute(context.eval(STDLIB)));
    }

    @Override
    public void run() {
        try {
            context.eval(source);
        } catch (PolyglotException e) {
            throw JsErrors.from(e, source.getName());
        } catch (IllegalStateException e) {
            throw new ScriptError(ScriptError.Kind.ERROR, source.getName(), 0, "context closed: " + e.getMessage());
        }
    }

    @Override
    public boolean interrupt() {
        try {
            context.interrupt(INTERRUPT_GRACE);
            return true;
        } catch (TimeoutException e) {
            close(true);
            return false;
        }
    }

    @Override
    public void close() {
        close(false);
    }

    private void close(boolean cancel) {
        try {
            context.close(cancel);
        } catch (PolyglotException | IllegalStateException e) {
            // Closing a context still running (or already cancelled) must not fail the unload.
            if (!cancel) context.close(true);
        }
    }
}
