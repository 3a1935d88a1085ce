package dev.simplexscript.host;

import java.util.List;

/**
 * A bot command as parsed from a message: {@code /price btc eur} is name {@code price}, args
 * {@code [btc, eur]}, rest {@code "btc eur"}.
 */
public record CommandCall(String name, List<String> args, String rest) {
    public CommandCall {
        name = CommandInfo.bare(name);
        args = List.copyOf(args);
    }
}
