package dev.simplexscript.host;

/** A command a script registered: its name without the slash, and the help text beside it. */
public record CommandInfo(String name, String description) {
    public CommandInfo {
        name = bare(name);
        description = description == null ? "" : description;
    }

    /** {@code /help} and {@code help} name the same command. */
    static String bare(String name) {
        String trimmed = name.strip();
        return trimmed.startsWith("/") ? trimmed.substring(1) : trimmed;
    }
}
