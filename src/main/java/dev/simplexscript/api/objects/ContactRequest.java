package dev.simplexscript.api.objects;

import dev.simplexscript.api.values.Plain;
import dev.simplexscript.api.values.Ref;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.graalvm.polyglot.HostAccess.Export;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A request to connect, received when the address does not auto-accept (UserContactRequest). */
public final class ContactRequest implements Ref {
    /** {@code contactRequestId}. */
    @Export public final long id;
    @Export public final String name;
    @Export public final String displayName;
    @Export public final Map<String, Object> profile;
    @Export public final Map<String, Object> raw;
    private final ChatActions actions;

    ContactRequest(JsonNode request, ChatActions actions) {
        this.id = request.path("contactRequestId").asLong();
        this.name = Plain.text(request.path("localDisplayName"));
        this.displayName = Plain.text(request.path("profile").path("displayName"));
        this.profile = Plain.map(request.path("profile"));
        this.raw = Plain.map(request);
        this.actions = actions;
    }

    /** Accepts; resolves to the new Contact (still connecting; {@code on.contact} fires when ready). */
    @Export
    public CompletableFuture<Object> accept() {
        return actions.acceptRequest(id);
    }

    /** Rejects; the requester is not notified. */
    @Export
    public CompletableFuture<Object> reject() {
        return actions.rejectRequest(id);
    }

    @Override
    public Long refId(Kind kind) {
        return kind == Kind.CONTACT_REQUEST ? id : null;
    }

    @Override
    public ObjectNode refChat() {
        return null;
    }

    @Override
    public String toString() {
        return "contact request " + id + " from " + name;
    }
}
