package dev.simplexscript.lang;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A callback a script registered (a JS function, a Groovy closure). Only the script's own
 * dispatcher thread may call it.
 */
public interface GuestFunction {

    /**
     * Calls the function. Arguments are plain Java values, API objects or {@link
     * tools.jackson.databind.JsonNode} (handed to the script as a native object). Throws {@link
     * ScriptError} naming file and line when the script throws or is interrupted.
     */
    void call(List<Object> args);

    /**
     * Calls the function and completes with what it returned, as plain Java data (a JavaScript
     * promise completes when it settles; a Groovy closure's value at once). Fails like {@link #call}
     * when the call itself throws.
     */
    CompletableFuture<Object> apply(List<Object> args);
}
