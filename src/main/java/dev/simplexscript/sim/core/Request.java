package dev.simplexscript.sim.core;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.protocol.command.Commands;
import dev.simplexscript.protocol.syntax.CommandException;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * A command string read with the client's own grammar ({@link Commands#parse}), plus what the
 * core's parser checks beyond the syntax line.
 */
public record Request(String name, ObjectNode params) {
    /** The reaction emoji the core's {@code mrEmojiChar} accepts, each a single code point (§7.2). */
    public static final Set<String> EMOJI = Set.of("👍", "👎", "😀", "😂", "😢", "❤", "🚀", "✅");

    /** The core's version command, not in the 42 but answered by every core. */
    static final String SHOW_VERSION = "ShowVersion";

    /**
     * @throws CommandException with a parser-style message when the string is not a command
     */
    public static Request parse(String cmd) {
        String text = cmd.stripTrailing();
        if (text.equals("/v") || text.equals("/version")) return new Request(SHOW_VERSION, Json.object());
        Commands.Parsed parsed = Commands.parse(text);
        ObjectNode params = parsed.params();
        if (parsed.name().equals("APIChatItemReaction")) checkReaction(params.path("reaction"));
        return new Request(parsed.name(), params);
    }

    private static void checkReaction(tools.jackson.databind.JsonNode reaction) {
        if (!reaction.path("type").asString("").equals("emoji")) return;
        String emoji = reaction.path("emoji").asString("");
        if (!EMOJI.contains(emoji)) {
            throw new CommandException("Failed reading: emoji must be one of " + String.join(" ", EMOJI.stream().sorted().toList())
                    + " (a single code point), got \"" + emoji + "\"");
        }
    }
}
