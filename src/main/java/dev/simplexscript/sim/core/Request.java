package dev.simplexscript.sim.core;

import dev.simplexscript.protocol.command.APIChatItemReaction;
import dev.simplexscript.protocol.command.ChatCommand;
import dev.simplexscript.protocol.syntax.CommandException;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads a command string as the core's parser does: with the client's own grammar
 * ({@link ChatCommand#parse}) into the same typed command the client sends, plus what the core's
 * parser checks beyond the syntax line.
 */
public final class Request {
    /** The reaction emoji the core's {@code mrEmojiChar} accepts, each a single code point (§7.2). */
    public static final Set<String> EMOJI = Set.of("👍", "👎", "😀", "😂", "😢", "❤", "🚀", "✅");

    private Request() {}

    /**
     * @throws CommandException with a parser-style message when the string is not a command
     */
    public static ChatCommand parse(String cmd) {
        ChatCommand command = ChatCommand.parse(cmd);
        if (command instanceof APIChatItemReaction r) checkReaction(r.reaction());
        return command;
    }

    private static void checkReaction(JsonNode reaction) {
        if (!reaction.path("type").asString("").equals("emoji")) return;
        String emoji = reaction.path("emoji").asString("");
        if (!EMOJI.contains(emoji)) {
            throw new CommandException("Failed reading: emoji must be one of " + String.join(" ", EMOJI.stream().sorted().toList())
                    + " (a single code point), got \"" + emoji + "\"");
        }
    }
}
