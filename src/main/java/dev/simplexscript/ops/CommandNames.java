package dev.simplexscript.ops;

import dev.simplexscript.protocol.command.Commands;
import dev.simplexscript.protocol.syntax.CommandException;
import dev.simplexscript.protocol.syntax.CommandSpec;
import java.util.Comparator;
import java.util.List;

/**
 * The COMMANDS.md name of a command string, for the {@code command} label of the metrics: the
 * command whose literal start is the longest that fits, parsed only when two share that start.
 * A string none fits (a raw {@code core.command}) is {@code other}.
 */
final class CommandNames {
    static final String OTHER = "other";
    private static final List<CommandSpec> LONGEST_FIRST = Commands.ALL.stream()
            .sorted(Comparator.comparingInt((CommandSpec s) -> s.prefix().length()).reversed()).toList();

    private CommandNames() {}

    static String of(String command) {
        for (int i = 0; i < LONGEST_FIRST.size(); i++) {
            CommandSpec spec = LONGEST_FIRST.get(i);
            if (!command.startsWith(spec.prefix())) continue;
            boolean shared = i + 1 < LONGEST_FIRST.size() && LONGEST_FIRST.get(i + 1).prefix().equals(spec.prefix());
            return shared ? parsed(command) : spec.name();
        }
        return OTHER;
    }

    private static String parsed(String command) {
        try {
            return Commands.parse(command).name();
        } catch (CommandException e) {
            return OTHER;
        }
    }
}
