package dev.simplexscript.protocol.syntax;

/**
 * A command that cannot be encoded (bad or dangerous parameter values, caught before anything is
 * sent) or a command string that does not parse. The message names the command and the cause.
 */
public class CommandException extends IllegalArgumentException {
    public CommandException(String message) {
        super(message);
    }
}
