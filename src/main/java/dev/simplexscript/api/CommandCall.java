package dev.simplexscript.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.graalvm.polyglot.HostAccess.Export;

/**
 * A bot command read from a message: {@code /say "hello world" now} has the name {@code say}, the
 * arguments {@code ["hello world", "now"]} and the rest {@code "hello world" now}.
 */
public final class CommandCall {
    /** Quote pairs that group words into one argument; phones type the curly ones. */
    private static final Map<Character, Character> QUOTES = Map.of('"', '"', '\'', '\'', '“', '”', '‘', '’');

    /** The command name without the slash, as typed ({@code price} for {@code /price btc}). */
    @Export public final String name;
    /** The arguments: words, or quoted text as one argument. */
    @Export public final List<String> args;
    /** Everything after the name, trimmed, quotes kept. */
    @Export public final String rest;
    /** The whole message text. */
    @Export public final String text;

    public CommandCall(String name, List<String> args, String rest, String text) {
        this.name = name;
        this.args = List.copyOf(args);
        this.rest = rest;
        this.text = text;
    }

    /** The command in a message text, if it is one: {@code /} then a name, as the official library reads it. */
    public static Optional<CommandCall> parse(String text) {
        if (text == null) return Optional.empty();
        String t = text.strip();
        if (t.length() < 2 || t.charAt(0) != '/' || Character.isWhitespace(t.charAt(1))) return Optional.empty();
        int end = 1;
        while (end < t.length() && !Character.isWhitespace(t.charAt(end))) end++;
        String rest = t.substring(end).strip();
        return Optional.of(new CommandCall(t.substring(1, end), split(rest), rest, text));
    }

    /**
     * Splits at whitespace; a quote at the start of a word runs to its closing quote (a backslash
     * takes the next character literally there; an unclosed quote runs to the end). Quotes inside a
     * word are plain characters, so {@code don't} stays one word.
     */
    static List<String> split(String rest) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = rest.length();
        while (i < n) {
            if (Character.isWhitespace(rest.charAt(i))) {
                i++;
                continue;
            }
            Character close = QUOTES.get(rest.charAt(i));
            StringBuilder arg = new StringBuilder();
            if (close != null) {
                i++;
                while (i < n && rest.charAt(i) != close) {
                    if (rest.charAt(i) == '\\' && i + 1 < n) i++;
                    arg.append(rest.charAt(i++));
                }
                i++;
            } else {
                while (i < n && !Character.isWhitespace(rest.charAt(i))) arg.append(rest.charAt(i++));
            }
            out.add(arg.toString());
        }
        return out;
    }

    @Override
    public String toString() {
        return "/" + name + " " + args;
    }
}
