package dev.simplexscript.sim.core;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.protocol.command.Commands;
import dev.simplexscript.protocol.model.MsgReaction;
import dev.simplexscript.protocol.syntax.CommandException;
import tools.jackson.databind.node.ObjectNode;

/**
 * A command string read with the client's own grammar ({@link Commands#parse}), plus what the
 * core's parser checks beyond the syntax line.
 */
public record Request(String name, ObjectNode params) {
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
        if (!MsgReaction.Emoji.ALLOWED.contains(emoji)) {
            throw new CommandException("Failed reading: emoji must be one of " + String.join(" ", MsgReaction.Emoji.ALLOWED)
                    + " (a single code point), got \"" + emoji + "\"");
        }
    }
}
