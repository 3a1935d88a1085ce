package dev.simplexscript.run;

import dev.simplexscript.api.BotApi;
import dev.simplexscript.api.CoreUnavailableException;
import dev.simplexscript.host.CommandInfo;
import dev.simplexscript.host.HostConfig;
import dev.simplexscript.host.LoadResult;
import dev.simplexscript.host.ScriptHost;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Loads scripts against a dry-run API that reaches no core: syntax errors, errors of the top
 * level (an unknown global, a bad argument) and the registered commands come out; nothing is sent.
 */
public final class ScriptCheck {
    private ScriptCheck() {}

    /** One script's result, with the commands it registered when it loaded. */
    public record Checked(LoadResult result, List<CommandInfo> commands) {}

    public static List<Checked> check(List<Path> scripts, HostConfig config) {
        return scripts.stream().map(script -> {
            try (ScriptHost host = new ScriptHost(config.withStoreFile(null), (owner, gateway) -> new ApiBridge(new BotApi(gateway)),
                    command -> CompletableFuture.failedFuture(
                            new CoreUnavailableException("check does not connect to a core; not sent: " + command)), null)) {
                LoadResult result = host.load(script).join();
                return new Checked(result, host.commands());
            }
        }).toList();
    }
}
