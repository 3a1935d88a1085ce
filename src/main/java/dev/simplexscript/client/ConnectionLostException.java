package dev.simplexscript.client;

import dev.simplexscript.protocol.Frame;

/**
 * The connection to the core broke (or the client was closed) while a command waited for its
 * answer. The core cancels in-flight commands on disconnect, so the command may or may not have
 * taken effect; the client never resends it.
 */
public class ConnectionLostException extends RuntimeException {
    private final String corrId;
    private final String command;

    ConnectionLostException(String corrId, String command, String reason) {
        super("connection to the chat core lost (" + reason + ") before it answered command corrId="
                + corrId + ": " + Frame.excerpt(command)
                + "; it may or may not have taken effect and was not resent");
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
