package dev.simplexscript.run;

import dev.simplexscript.host.HostConfig;
import dev.simplexscript.host.LoadResult;
import dev.simplexscript.host.ScriptHost;
import dev.simplexscript.host.ScriptStatus;
import dev.simplexscript.ops.OperatedBot;
import dev.simplexscript.protocol.command.ChatCommand;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/** The operator tools' view of a running bot: its script host, and the core line its scripts use. */
final class OperatedHost implements OperatedBot {
    private final Supplier<ScriptHost> host;
    private final HostConfig config;
    private final Function<String, CompletableFuture<JsonNode>> core;

    /** The host is reached through a supplier: the operator tools exist before it does. */
    OperatedHost(Supplier<ScriptHost> host, HostConfig config, Function<String, CompletableFuture<JsonNode>> core) {
        this.host = host;
        this.config = config;
        this.core = core;
    }

    @Override
    public List<ScriptStatus> scripts() {
        ScriptHost h = host.get();
        return h == null ? List.of() : h.status();
    }

    @Override
    public CompletableFuture<LoadResult> enable(Path file) {
        return host.get().enable(file);
    }

    @Override
    public CompletableFuture<LoadResult> reload(Path file) {
        return host.get().reload(file);
    }

    @Override
    public CompletableFuture<Void> disable(Path file) {
        return host.get().disable(file);
    }

    @Override
    public CompletableFuture<Void> unload(Path file) {
        return host.get().unload(file);
    }

    @Override
    public List<Path> folders() {
        return host.get().folders();
    }

    @Override
    public boolean isScript(Path file) {
        return host.get().isScript(file);
    }

    @Override
    public boolean isTrusted(Path file) {
        return config.trusted().test(file);
    }

    @Override
    public LoadResult check(Path file) {
        return ScriptCheck.check(List.of(file), config).getFirst().result();
    }

    @Override
    public CompletableFuture<JsonNode> send(ChatCommand command) {
        String text;
        try {
            text = command.encode();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return core.apply(text);
    }
}
