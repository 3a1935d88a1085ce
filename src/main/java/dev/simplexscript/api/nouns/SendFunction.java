package dev.simplexscript.api.nouns;

import dev.simplexscript.api.objects.ChatActions;
import dev.simplexscript.api.values.ApiArgumentException;
import dev.simplexscript.api.values.Args;
import java.util.concurrent.CompletableFuture;
import org.graalvm.polyglot.HostAccess.Export;

/**
 * The global {@code send(chat, textOrContent[, options])}: a callable object, which the language
 * adapters turn into a function through its single exported method {@link #call}.
 */
public final class SendFunction {
    private final ChatActions actions;

    public SendFunction(ChatActions actions) {
        this.actions = actions;
    }

    /**
     * Sends one message. {@code chat}: a Contact, Group, Message (its chat), GroupInvite or a chat
     * reference ({@code @2}, {@code #1}, {@code #1(_support:3)}); options: {@code quote},
     * {@code mentions}, {@code ttl}, {@code live}, {@code file}. Resolves to the sent Message.
     */
    @Export
    public CompletableFuture<Object> call(Object... args) {
        int count = args == null ? 0 : args.length;
        if (count < 2 || count > 3) {
            throw new ApiArgumentException("send(chat, textOrContent[, options]) takes 2 or 3 arguments, got " + count);
        }
        return actions.send("send", Args.chat("send: chat", args[0]), args[1], count == 3 ? args[2] : null);
    }
}
