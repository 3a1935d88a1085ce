package dev.simplexscript.host;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;

/**
 * What the host needs from the script API layer for one script: the global objects, and the
 * translation of core events into handler arguments. The host stays free of the API's classes.
 */
public interface ScriptApi {

    /** Global API objects by name ({@code send}, {@code address}, ...): plain Java, {@code @Export}ed. */
    Map<String, Object> globals();

    /** The globals for a script the user trusts ({@code --trusted}): the same objects, with fewer refusals. */
    default Map<String, Object> globals(boolean trusted) {
        return globals();
    }

    /** The sugar names ({@code message}, {@code contact}, ...) a core event type feeds; often none. */
    List<String> sugarsFor(String eventType);

    /** The objects handed to {@code on.<sugar>} handlers for this event, one handler call each. */
    List<Object> wrap(String sugarName, JsonNode event);

    /** The bot command a wrapped message carries ({@code /price btc}), if it is one. */
    Optional<CommandCall> command(Object message);

    /** Answers a wrapped message in its chat. */
    CompletableFuture<Object> reply(Object message, String text);

    /** Publishes the bot's command menu; completes exceptionally when the core cannot. */
    CompletableFuture<Object> publishCommands(List<CommandInfo> commands);
}
