package dev.simplexscript.api.objects;

import dev.simplexscript.api.values.ChatRefs;
import dev.simplexscript.api.values.Plain;
import dev.simplexscript.api.values.Ref;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.graalvm.polyglot.HostAccess.Export;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A contact (PROTOCOL.md §7.4 Contact). */
public final class Contact implements Ref {
    /** {@code contactId}. */
    @Export public final long id;
    /** The locally unique name ({@code localDisplayName}, e.g. {@code alice_1}). */
    @Export public final String name;
    /** The name the contact gave themselves. */
    @Export public final String displayName;
    @Export public final String fullName;
    /** The chat reference, {@code @<id>}. */
    @Export public final String ref;
    /** {@code "direct"}: what kind of chat this is, beside a group's {@code "group"} (the ChatType). */
    @Export public final String type = "direct";
    @Export public final Map<String, Object> profile;
    @Export public final Map<String, Object> raw;
    private final ChatActions actions;

    Contact(JsonNode contact, ChatActions actions) {
        this.id = contact.path("contactId").asLong();
        this.name = Plain.text(contact.path("localDisplayName"));
        this.displayName = Plain.text(contact.path("profile").path("displayName"));
        this.fullName = Plain.text(contact.path("profile").path("fullName"));
        this.ref = "@" + id;
        this.profile = Plain.map(contact.path("profile"));
        this.raw = Plain.map(contact);
        this.actions = actions;
    }

    /** Sends a message to this contact, like {@code send(contact, textOrContent)}. */
    @Export
    public CompletableFuture<Object> send(Object textOrContent) {
        return send(textOrContent, null);
    }

    @Export
    public CompletableFuture<Object> send(Object textOrContent, Object options) {
        return actions.send("contact.send", refChat(), textOrContent, options);
    }

    @Override
    public Long refId(Kind kind) {
        return kind == Kind.CONTACT ? id : null;
    }

    @Override
    public ObjectNode refChat() {
        return ChatRefs.direct(id);
    }

    @Override
    public String toString() {
        return ref + " " + name;
    }
}
