package dev.simplexscript.lang.groovy.sandbox;

/**
 * The sandbox refused an operation of an untrusted script: {@link #target()} names what was
 * refused, as resolved (e.g. {@code java.lang.System.getenv(String)} or
 * {@code converting a java.util.ArrayList to java.lang.ProcessBuilder}).
 */
public final class SandboxRefusal extends SecurityException {
    /** Compile-time refusals start with this, so they are reported as refusals too. */
    public static final String COMPILE_PREFIX = "not allowed in a sandboxed script: ";

    private final String target;

    public SandboxRefusal(String target) {
        super(target + " is not allowed in a sandboxed script (mark the script trusted to lift the sandbox)");
        this.target = target;
    }

    public String target() {
        return target;
    }
}
