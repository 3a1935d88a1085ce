package dev.simplexscript.ops;

import dev.simplexscript.host.LoadResult;
import dev.simplexscript.host.ScriptStatus;
import dev.simplexscript.protocol.command.ChatCommand;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;

/**
 * What the operator tools need from the running bot: its scripts, and a line to the chat core.
 * {@code run.BotRunner} implements it over the script host and the same core connection the
 * scripts use, so the operator's commands show up in the same metrics.
 */
public interface OperatedBot {

    /** Every script the host knows, sorted by name. */
    List<ScriptStatus> scripts();

    /** Loads a file unless that text runs already, and lets saves reload it after {@link #disable}. */
    CompletableFuture<LoadResult> enable(Path file);

    /** Loads a file again even when unchanged; a failure keeps the running version. */
    CompletableFuture<LoadResult> reload(Path file);

    /** Stops a script until {@link #enable}, whatever happens to its file. */
    CompletableFuture<Void> disable(Path file);

    /** Stops a script and forgets it. */
    CompletableFuture<Void> unload(Path file);

    /** The watched folders, in the order given; deploys go into the first. */
    List<Path> folders();

    /** True for a file the host runs as a bot script. */
    boolean isScript(Path file);

    /** True for a file the user trusts to run without the sandbox: never replaced by a deploy. */
    boolean isTrusted(Path file);

    /** Loads a file against an API that reaches no core, as {@code simplex-script check} does. */
    LoadResult check(Path file);

    /** Runs one command on the chat core; completes with the response, or fails as script calls do. */
    CompletableFuture<JsonNode> send(ChatCommand command);
}
