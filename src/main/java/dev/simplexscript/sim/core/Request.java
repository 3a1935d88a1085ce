package dev.simplexscript.sim.core;

import dev.simplexscript.protocol.command.APIAcceptMember;
import dev.simplexscript.protocol.command.APIAddMember;
import dev.simplexscript.protocol.command.APIChatItemReaction;
import dev.simplexscript.protocol.command.APICreateGroupLink;
import dev.simplexscript.protocol.command.APIGroupLinkMemberRole;
import dev.simplexscript.protocol.command.APIListGroups;
import dev.simplexscript.protocol.command.APIMembersRole;
import dev.simplexscript.protocol.command.ChatCommand;
import dev.simplexscript.protocol.command.GroupMemberRole;
import dev.simplexscript.protocol.syntax.CommandException;
import dev.simplexscript.protocol.syntax.ReactionEmoji;
import tools.jackson.databind.JsonNode;

/**
 * Reads a command string as the core's parser does: with the client's own grammar
 * ({@link ChatCommand#parse}) into the same typed command the client sends, plus what the core's
 * parser checks beyond the syntax line.
 */
public final class Request {
    private Request() {}

    /**
     * @param coreLike null to accept every documented form, or a shipped release whose parser
     *     quirks to reproduce (docs/core-quirks.md)
     * @throws CommandException with a parser-style message when the string is not a command
     */
    public static ChatCommand parse(String cmd, String coreLike) {
        ChatCommand command = ChatCommand.parse(cmd);
        if (command instanceof APIChatItemReaction r) checkReaction(r.reaction());
        if (coreLike != null) checkShipped(cmd.stripTrailing(), command);
        return command;
    }

    /**
     * What shipped cores' parser refuses although COMMANDS.md documents it: {@code /_groups}
     * followed by a space (their parser reads the user id right after the word) and the role
     * {@code author} (their {@code memberRole} has no such choice).
     */
    private static void checkShipped(String text, ChatCommand command) {
        if (command instanceof APIListGroups && text.startsWith("/_groups ")) {
            throw new CommandException("Failed reading: the user id must follow /_groups without a space, as in shipped cores");
        }
        GroupMemberRole role = switch (command) {
            case APIAddMember c -> c.memberRole();
            case APIAcceptMember c -> c.memberRole();
            case APIMembersRole c -> c.memberRole();
            case APICreateGroupLink c -> c.memberRole();
            case APIGroupLinkMemberRole c -> c.memberRole();
            default -> null;
        };
        if (role == GroupMemberRole.AUTHOR) {
            throw new CommandException("Failed reading: role must be one of owner, admin, moderator, member, observer (shipped cores have no author)");
        }
    }

    private static void checkReaction(JsonNode reaction) {
        if (!reaction.path("type").asString("").equals("emoji")) return;
        String emoji = reaction.path("emoji").asString("");
        if (!ReactionEmoji.ALLOWED.contains(emoji)) {
            throw new CommandException("Failed reading: emoji must be one of " + String.join(" ", ReactionEmoji.ALLOWED)
                    + " (a single code point), got \"" + emoji + "\"");
        }
    }
}
