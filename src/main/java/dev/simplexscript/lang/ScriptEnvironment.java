package dev.simplexscript.lang;

import java.util.Map;

/** What the host hands a language adapter for one script version. */
public interface ScriptEnvironment {

    /** The script's API objects by global name (send, store, log, ...): plain Java, {@code @Export}ed. */
    Map<String, Object> globals();

    /** Receives the script's registrations. */
    Registrar registrar();

    /**
     * Runs {@code task} later on the script's dispatcher thread, under the handler budget; used to
     * resume a script when an API call completes. Dropped once this version is unloaded.
     */
    void post(Runnable task);

    /** Receives what the script prints ({@code console.log}, {@code println}). */
    void print(String line);
}
