package dev.simplexscript.api.session;

import dev.simplexscript.client.CoreGateway;
import dev.simplexscript.protocol.ChatException;
import dev.simplexscript.protocol.command.ChatCommand;
import dev.simplexscript.protocol.command.ShowActiveUser;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongFunction;
import tools.jackson.databind.JsonNode;

/**
 * The script API's line to the core: encodes every command record with {@link ChatCommand#encode}
 * (so the syntax and the injection and size checks are the protocol layer's), checks that the
 * answer is one the command documents, turns {@code chatCmdError} into {@link ChatException}, and
 * keeps the active user id that most commands need.
 */
public final class CoreSession {
    private final CoreGateway gateway;
    /** The active user's id; a failed or missing lookup is retried on the next call. */
    private final AtomicReference<CompletableFuture<Long>> userId = new AtomicReference<>();

    public CoreSession(CoreGateway gateway) {
        if (gateway == null) throw new IllegalArgumentException("a CoreGateway is required");
        this.gateway = gateway;
    }

    /**
     * Encodes and runs one command; encoding errors fail the future, nothing is sent. The answer
     * must be one of {@code answers} (response types, e.g. {@code groupCreated}), else the future
     * fails with {@link UnexpectedResponseException}.
     */
    public CompletableFuture<JsonNode> run(ChatCommand command, String... answers) {
        String text;
        try {
            text = command.encode();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return send(text).thenApply(resp -> expect(resp, command.name(), answers));
    }

    /** Runs a command built for the active user's id ({@code userId}), asked once and cached. */
    public CompletableFuture<JsonNode> runForUser(LongFunction<? extends ChatCommand> command, String... answers) {
        return userId().thenCompose(id -> run(command.apply(id), answers));
    }

    /** Sends an already built and validated command string. */
    public CompletableFuture<JsonNode> send(String command) {
        CompletableFuture<JsonNode> sent;
        try {
            sent = gateway.command(command);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return sent.thenApply(this::checked);
    }

    /** The active user's id, asked with {@code /user} once and then cached. */
    public CompletableFuture<Long> userId() {
        CompletableFuture<Long> cached = userId.get();
        if (cached != null && !cached.isCompletedExceptionally()) return cached;
        CompletableFuture<Long> fresh = activeUser().thenApply(user -> user.path("userId").asLong());
        userId.compareAndSet(cached, fresh);
        return fresh;
    }

    /** Asks the core for the active user ({@code /user}) and refreshes the cached id. */
    public CompletableFuture<JsonNode> activeUser() {
        return run(new ShowActiveUser(), "activeUser").thenApply(resp -> resp.path("user"));
    }

    /** Records the user a command reported as active (after create or switch). */
    public void remember(JsonNode user) {
        JsonNode id = user.path("userId");
        if (id.isIntegralNumber()) userId.set(CompletableFuture.completedFuture(id.longValue()));
        else forgetUser();
    }

    /** Drops the cached user id, e.g. after a reconnect, when the core may have another user. */
    public void forgetUser() {
        userId.set(null);
    }

    /** The response when its {@code type} is one of {@code types}; otherwise a clear failure. */
    private static JsonNode expect(JsonNode resp, String command, String... types) {
        String type = resp.path("type").asString("");
        for (String t : types) {
            if (t.equals(type)) return resp;
        }
        throw new UnexpectedResponseException(command + ": expected " + String.join(" or ", types)
                + " from the core, got " + (type.isEmpty() ? "a response without a type" : type));
    }

    private JsonNode checked(JsonNode resp) {
        if (resp == null || !resp.isObject()) {
            throw new UnexpectedResponseException("the core answered with " + (resp == null ? "nothing" : "a non-object"));
        }
        // The gateway should already fail with ChatException; this keeps an error from ever
        // passing as a result if one does not.
        String type = resp.path("type").asString("");
        if (type.equals("chatCmdError")) throw new ChatException(resp.path("chatError"));
        // Whatever command made it (/user, create, switch, or a raw core.command), an activeUser
        // answer names the user later commands must run as.
        if (type.equals("activeUser")) remember(resp.path("user"));
        return resp;
    }
}
