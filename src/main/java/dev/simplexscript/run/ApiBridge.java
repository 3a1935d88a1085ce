package dev.simplexscript.run;

import dev.simplexscript.api.BotApi;
import dev.simplexscript.api.objects.Message;
import dev.simplexscript.host.CommandCall;
import dev.simplexscript.host.CommandInfo;
import dev.simplexscript.host.ScriptApi;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;

/**
 * The host's view of the script API: one {@link BotApi} serves every script (it holds no
 * per-script state; each script's store and log come from the host).
 */
final class ApiBridge implements ScriptApi {
    private final BotApi api;

    ApiBridge(BotApi api) {
        this.api = api;
    }

    @Override
    public Map<String, Object> globals() {
        return api.globals();
    }

    @Override
    public Map<String, Object> globals(boolean trusted) {
        return trusted ? api.trustedGlobals() : api.globals();
    }

    @Override
    public List<String> sugarsFor(String eventType) {
        return BotApi.SUGAR_BY_EVENT.getOrDefault(eventType, List.of());
    }

    @Override
    public List<Object> wrap(String sugarName, JsonNode event) {
        return api.wrap(sugarName, event);
    }

    @Override
    public Optional<CommandCall> command(Object message) {
        if (!(message instanceof Message m) || m.own) return Optional.empty();
        return BotApi.parseCommand(m.text).map(c -> new CommandCall(c.name, c.args, c.rest));
    }

    @Override
    public CompletableFuture<Object> reply(Object message, String text) {
        return ((Message) message).reply(text);
    }

    @Override
    public CompletableFuture<Object> publishCommands(List<CommandInfo> commands) {
        return api.publishCommands(commands.stream()
                .map(c -> new dev.simplexscript.api.CommandInfo(c.name(), c.description()))
                .toList());
    }
}
