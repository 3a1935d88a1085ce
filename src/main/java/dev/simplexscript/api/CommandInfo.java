package dev.simplexscript.api;

/**
 * A bot command for the command menu the apps show (ChatBotCommand {@code command}).
 *
 * @param keyword the name without the slash; a leading slash is dropped
 * @param label what the menu shows
 * @param params a hint for the arguments, e.g. {@code <coin>}, or null
 */
public record CommandInfo(String keyword, String label, String params) {
    public CommandInfo {
        if (keyword == null) throw new IllegalArgumentException("a command needs a keyword");
        keyword = keyword.startsWith("/") ? keyword.substring(1) : keyword;
        if (keyword.isBlank() || keyword.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a command keyword is one word, like /help, got \"" + keyword + "\"");
        }
        if (label == null || label.isBlank()) label = keyword;
    }

    public CommandInfo(String keyword, String label) {
        this(keyword, label, null);
    }
}
