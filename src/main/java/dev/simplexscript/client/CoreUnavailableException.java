package dev.simplexscript.client;

/** The chat core is not connected (not yet, or gone); the command was not sent. */
public class CoreUnavailableException extends RuntimeException {
    public CoreUnavailableException(String message) {
        super(message);
    }
}
