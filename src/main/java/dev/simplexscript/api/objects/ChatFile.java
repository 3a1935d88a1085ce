package dev.simplexscript.api.objects;

import dev.simplexscript.api.values.Plain;
import dev.simplexscript.api.values.Ref;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.graalvm.polyglot.HostAccess.Export;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A file attached to a message (PROTOCOL.md §7.8 CIFile). */
public final class ChatFile implements Ref {
    /** {@code fileId}, as receive and cancel take it. */
    @Export public final long id;
    @Export public final String name;
    @Export public final long size;
    /** The CIFileStatus tag: {@code rcvInvitation} (offered), {@code rcvAccepted}, {@code rcvComplete}, ... */
    @Export public final String status;
    /** Where the file is on the core's host, once received (or for files the bot sends); else null. */
    @Export public final String path;
    @Export public final Map<String, Object> raw;
    private final ChatActions actions;

    ChatFile(JsonNode file, ChatActions actions) {
        this.id = file.path("fileId").asLong();
        this.name = Plain.text(file.path("fileName"));
        this.size = file.path("fileSize").asLong();
        this.status = Plain.text(file.path("fileStatus").path("type"));
        this.path = Plain.text(file.path("fileSource").path("filePath"));
        this.raw = Plain.map(file);
        this.actions = actions;
    }

    /** Accepts the offered file, like {@code files.receive(file)}. */
    @Export
    public CompletableFuture<Object> receive() {
        return receive(null);
    }

    /** Accepts with options {@code approvedRelays}, {@code encrypt}, {@code inline}, {@code path}. */
    @Export
    public CompletableFuture<Object> receive(Object options) {
        return actions.receiveFile("file.receive", id, options);
    }

    @Export
    public CompletableFuture<Object> cancel() {
        return actions.cancelFile(id);
    }

    @Override
    public Long refId(Kind kind) {
        return kind == Kind.FILE ? id : null;
    }

    @Override
    public ObjectNode refChat() {
        return null;
    }

    @Override
    public String toString() {
        return "file " + id + " " + name + " (" + status + ")";
    }
}
