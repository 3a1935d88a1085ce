package dev.simplexscript.lang.groovy;

/** A sandboxed script tried something outside its allow list. */
public final class SandboxRefusal extends SecurityException {
    SandboxRefusal(String message) {
        super(message + " is not allowed in a sandboxed script (mark the script trusted to lift the sandbox)");
    }
}
