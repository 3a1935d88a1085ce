package dev.simplexscript.lang;

/** One loaded version of one script: its own context or class loader. */
public interface ScriptRuntime extends AutoCloseable {

    /** Runs the script's top level on the calling thread; throws {@link ScriptError} when it fails. */
    void run();

    /**
     * Stops whatever guest code runs right now, from any thread; the guest sees an error it cannot
     * catch for good. Returns false when the guest could not be stopped (the runtime is then closed).
     */
    boolean interrupt();

    /** Frees the context; pending callbacks of this version are dropped. */
    @Override
    void close();
}
