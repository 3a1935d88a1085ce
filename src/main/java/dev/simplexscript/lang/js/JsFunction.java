package dev.simplexscript.lang.js;

import dev.simplexscript.lang.GuestFunction;
import java.util.List;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

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
        Object[] guest = new Object[args.size()];
        for (int i = 0; i < guest.length; i++) guest[i] = values.toGuest(args.get(i));
        try {
            fn.executeVoid(guest);
        } catch (PolyglotException e) {
            throw JsErrors.from(e, fn.getSourceLocation() == null ? null : fn.getSourceLocation().getSource().getName());
        }
    }
}
