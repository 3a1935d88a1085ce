package dev.simplexscript.api;

/**
 * A bot command a script registered: its name without the slash, and the description beside it,
 * which {@code /help} lists and the apps' command menu shows (ChatBotCommand {@code command}).
 */
public record CommandInfo(String name, String description) {
    public CommandInfo {
        String bare = name == null ? "" : name.strip();
        if (bare.startsWith("/")) bare = bare.substring(1);
        if (bare.isEmpty() || bare.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a command name is one word, like '/help', not '" + name + "'");
        }
        name = bare;
        description = description == null ? "" : description;
    }

    /** What the command menu shows: the description, or the name when there is none. */
    public String label() {
        return description.isBlank() ? name : description;
    }
}
