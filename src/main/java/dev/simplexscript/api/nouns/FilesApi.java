package dev.simplexscript.api.nouns;

import dev.simplexscript.api.objects.ChatActions;
import dev.simplexscript.api.values.Args;
import dev.simplexscript.api.values.Ref.Kind;
import java.util.concurrent.CompletableFuture;
import org.graalvm.polyglot.HostAccess.Export;

/** The global {@code files}: receiving offered files and cancelling transfers (files are sent with {@code send(..., {file})}). */
public final class FilesApi {
    private final ChatActions actions;

    public FilesApi(ChatActions actions) {
        this.actions = actions;
    }

    /** Accepts a file (a ChatFile, a Message carrying one, or a file id); resolves to the file's Message. */
    @Export
    public CompletableFuture<Object> receive(Object file) {
        return receive(file, null);
    }

    /** Options: {@code approvedRelays} (default true), {@code encrypt}, {@code inline}, {@code path} (on the core's host). */
    @Export
    public CompletableFuture<Object> receive(Object file, Object options) {
        return actions.receiveFile("files.receive", Args.id("files.receive: file", file, Kind.FILE), options);
    }

    /** Cancels sending or receiving a file. */
    @Export
    public CompletableFuture<Object> cancel(Object file) {
        return actions.cancelFile(Args.id("files.cancel: file", file, Kind.FILE));
    }
}
