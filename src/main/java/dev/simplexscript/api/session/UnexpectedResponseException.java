package dev.simplexscript.api.session;

/** The core answered a command with a response type the command does not document. */
public class UnexpectedResponseException extends RuntimeException {
    public UnexpectedResponseException(String message) {
        super(message);
    }
}
