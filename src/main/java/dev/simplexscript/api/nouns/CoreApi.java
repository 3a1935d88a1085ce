package dev.simplexscript.api.nouns;

import dev.simplexscript.api.session.CoreSession;
import dev.simplexscript.api.session.Futures;
import dev.simplexscript.api.values.ApiArgumentException;
import dev.simplexscript.api.values.Args;
import dev.simplexscript.api.values.Plain;
import dev.simplexscript.protocol.command.Commands;
import dev.simplexscript.protocol.syntax.CommandException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.graalvm.polyglot.HostAccess.Export;

/**
 * The global {@code core}: the raw escape hatch. Any single-line command for trusted scripts; for
 * sandboxed scripts the 42 commands of COMMANDS.md (with every check the API applies to them) and
 * the commands of {@link #CHAT_STATE} that only read or change chat state.
 */
public final class CoreApi {
    /**
     * Beyond the 42, what a sandboxed script may send: commands that read chats or change their
     * state, none of which touches files, the database, the network settings or the core's life
     * (docs/script-api.md lists them). Each entry is a command prefix as the core's parser reads it.
     */
    public static final List<String> CHAT_STATE = List.of(
            "/_get chats ", "/_get chat ", "/_get items ", "/_get item info ", "/_read chat ", "/_unread chat ",
            "/_info @", "/_info #", "/_set alias @", "/_set alias #", "/_settings ", "/_clear chat ", "/_get code ",
            "/_groups", "/contacts", "/show_address", "/user", "/u", "/users", "/v", "/version");

    /** Longer commands are refused: nothing a script means to send is this long (a message is at most 15,602 bytes). */
    public static final int MAX_CHARS = 64 * 1024;

    private final CoreSession session;
    private final boolean trusted;

    public CoreApi(CoreSession session, boolean trusted) {
        this.session = session;
        this.trusted = trusted;
    }

    /** Sends one command string as is, after the checks above; resolves to the response map. */
    @Export
    public CompletableFuture<Object> command(Object command) {
        String text = Args.text("core.command: command", command);
        check(text);
        return Futures.script(session.send(text), Plain::map);
    }

    private void check(String text) {
        if (text.isBlank()) throw new ApiArgumentException("core.command: the command is empty");
        if (text.length() > MAX_CHARS) {
            throw new ApiArgumentException("core.command: the command is " + text.length() + " characters, over the limit of " + MAX_CHARS);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw new ApiArgumentException("core.command: control character U+%04X at index %d (a command is one line of text)"
                        .formatted((int) c, i));
            }
        }
        if (trusted || isChatState(text)) return;
        try {
            Commands.parse(text);
        } catch (CommandException e) {
            throw new CommandException(e.getMessage() + " (a sandboxed script may send the 42 commands of COMMANDS.md and "
                    + String.join(", ", CHAT_STATE) + "; docs/script-api.md)");
        }
    }

    private static boolean isChatState(String text) {
        for (String prefix : CHAT_STATE) {
            if (!text.startsWith(prefix)) continue;
            // "/u" must not let "/unmute ..." or "/user alice" through: a word prefix ends the command or is followed by a space.
            boolean word = Character.isLetter(prefix.charAt(prefix.length() - 1));
            if (!word || text.length() == prefix.length() || prefix.equals("/_groups") && Character.isDigit(text.charAt(prefix.length()))) {
                return true;
            }
        }
        return false;
    }
}
