package dev.simplexscript.api.session;

import dev.simplexscript.protocol.ChatException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/** Future helpers for the script-facing calls. */
public final class Futures {
    private Futures() {}

    /**
     * The result as a script sees it: an {@code Object} future that fails with the cause itself
     * (a {@code ChatException}, not a {@code CompletionException} around it), so that a rejected
     * promise or a Groovy exception names the real error.
     */
    public static <T> CompletableFuture<Object> script(CompletableFuture<T> future) {
        CompletableFuture<Object> out = new CompletableFuture<>();
        future.whenComplete((value, error) -> {
            if (error == null) out.complete(value);
            else out.completeExceptionally(unwrap(error));
        });
        return out;
    }

    /** Maps a future's value, the mapping failing the future rather than throwing. */
    public static <T, R> CompletableFuture<Object> script(CompletableFuture<T> future, Function<? super T, ? extends R> map) {
        return script(future.thenApply(map));
    }

    /** The future's value, or null when the core answers with the chat error {@code innerType} (e.g. "not found"). */
    public static <T> CompletableFuture<T> nullOnChatError(CompletableFuture<T> future, String innerType) {
        return future.handle((value, error) -> {
            if (error == null) return value;
            Throwable cause = unwrap(error);
            if (cause instanceof ChatException chat && chat.is(innerType)) return null;
            throw error instanceof CompletionException c ? c : new CompletionException(cause);
        });
    }

    public static Throwable unwrap(Throwable error) {
        Throwable e = error;
        while (e instanceof CompletionException && e.getCause() != null) e = e.getCause();
        return e;
    }
}
