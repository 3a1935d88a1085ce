package dev.simplexscript.api.nouns;

import dev.simplexscript.api.session.CoreSession;
import dev.simplexscript.api.session.Futures;
import dev.simplexscript.api.values.Args;
import dev.simplexscript.api.values.Plain;
import dev.simplexscript.protocol.command.Commands;
import java.util.concurrent.CompletableFuture;
import org.graalvm.polyglot.HostAccess.Export;

/** The global {@code core}: the raw escape hatch, still limited to the 42 commands and their checks. */
public final class CoreApi {
    private final CoreSession session;

    public CoreApi(CoreSession session) {
        this.session = session;
    }

    /**
     * Sends one command string as is, after checking that it parses as one of the 42 commands of
     * COMMANDS.md (a {@code CommandException} says where it does not). Resolves to the response map.
     */
    @Export
    public CompletableFuture<Object> command(Object command) {
        String text = Args.text("core.command: command", command);
        Commands.parse(text);
        return Futures.script(session.send(text), Plain::map);
    }
}
