package dev.simplexscript.api.session;

import dev.simplexscript.client.CoreGateway;
import dev.simplexscript.protocol.ChatException;
import dev.simplexscript.protocol.Json;
import dev.simplexscript.protocol.command.Commands;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The script API's line to the core: builds every command with {@link Commands#encode} (so the
 * syntax and the injection and size checks are the protocol layer's), turns {@code chatCmdError}
 * into {@link ChatException}, and keeps the active user id that most commands need.
 */
public final class CoreSession {
    private final CoreGateway gateway;
    /** The active user's id; a failed or missing lookup is retried on the next call. */
    private final AtomicReference<CompletableFuture<Long>> userId = new AtomicReference<>();

    public CoreSession(CoreGateway gateway) {
        if (gateway == null) throw new IllegalArgumentException("a CoreGateway is required");
        this.gateway = gateway;
    }

    /** Encodes and runs one COMMANDS.md command; encoding errors fail the future, nothing is sent. */
    public CompletableFuture<JsonNode> run(String name, ObjectNode params) {
        String command;
        try {
            command = Commands.encode(name, params);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return send(command);
    }

    /** Runs a command that takes the active user's id as its {@code userId} parameter. */
    public CompletableFuture<JsonNode> runForUser(String name, ObjectNode params) {
        return userId().thenCompose(id -> run(name, params.put("userId", id)));
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
        return run("ShowActiveUser", Json.object()).thenApply(resp -> expect(resp, "ShowActiveUser", "activeUser").path("user"));
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
    public static JsonNode expect(JsonNode resp, String command, String... types) {
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
