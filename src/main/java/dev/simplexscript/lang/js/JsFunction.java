package dev.simplexscript.lang.js;

import dev.simplexscript.lang.GuestFunction;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * A JS callback held by the host. With {@code js.unhandled-rejections=throw} a rejected promise
 * nobody handles (an async handler that threw, an unawaited send that failed) surfaces as an
 * exception from the call that ran the job queue, so it is reported like a synchronous throw.
 */
final class JsFunction implements GuestFunction {
    private final Value fn;
    private final JsValues values;

    JsFunction(Value fn, JsValues values) {
        this.fn = fn;
        this.values = values;
    }

    @Override
    public void call(List<Object> args) {
        Object[] guest = guestArgs(args);
        try {
            fn.executeVoid(guest);
        } catch (PolyglotException e) {
            throw JsErrors.from(e, sourceName());
        }
    }

    /** An async function's promise completes the future when it settles, on this script's dispatcher. */
    @Override
    public CompletableFuture<Object> apply(List<Object> args) {
        CompletableFuture<Object> out = new CompletableFuture<>();
        try {
            values.apply(fn, guestArgs(args),
                    value -> settle(out, value.length > 0 ? value[0] : null),
                    reason -> {
                        out.completeExceptionally(new IllegalStateException(describe(reason.length > 0 ? reason[0] : null)));
                        return null;
                    });
        } catch (PolyglotException e) {
            throw JsErrors.from(e, sourceName());
        }
        return out;
    }

    private Object settle(CompletableFuture<Object> out, Value value) {
        try {
            out.complete(value == null ? null : values.toJava(value));
        } catch (RuntimeException e) {
            out.completeExceptionally(e);
        }
        return null;
    }

    /** A rejection's reason as a line: an Error's message, or the value itself. */
    private static String describe(Value reason) {
        if (reason == null || reason.isNull()) return "rejected";
        if (reason.hasMember("message") && reason.getMember("message").isString()) return reason.getMember("message").asString();
        return reason.toString();
    }

    private Object[] guestArgs(List<Object> args) {
        Object[] guest = new Object[args.size()];
        for (int i = 0; i < guest.length; i++) guest[i] = values.toGuest(args.get(i));
        return guest;
    }

    private String sourceName() {
        return fn.getSourceLocation() == null ? null : fn.getSourceLocation().getSource().getName();
    }
}
