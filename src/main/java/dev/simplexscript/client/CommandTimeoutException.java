package dev.simplexscript.client;

import dev.simplexscript.protocol.Frame;
import java.time.Duration;

/**
 * The core did not answer one command in time. Only that command fails; the connection stays up
 * (a corrId-less "invalid request" reply or a stuck interactive command both end here).
 */
public class CommandTimeoutException extends RuntimeException {
    private final String corrId;
    private final String command;

    CommandTimeoutException(String corrId, String command, Duration timeout) {
        super("no answer from the chat core within " + timeout.toMillis() + " ms to command corrId="
                + corrId + ": " + Frame.excerpt(command));
        this.corrId = corrId;
        this.command = command;
    }

    public String corrId() {
        return corrId;
    }

    public String command() {
        return command;
    }
}
