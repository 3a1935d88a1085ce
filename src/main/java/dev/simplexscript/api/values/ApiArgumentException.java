package dev.simplexscript.api.values;

/** A script passed an argument the API cannot use; the message names the call, the argument and what it accepts. */
public class ApiArgumentException extends IllegalArgumentException {
    public ApiArgumentException(String message) {
        super(message);
    }
}
