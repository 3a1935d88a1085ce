package dev.simplexscript.api.nouns;

import dev.simplexscript.api.objects.ChatActions;
import dev.simplexscript.api.objects.Contact;
import dev.simplexscript.api.session.CoreSession;
import dev.simplexscript.api.session.Futures;
import dev.simplexscript.api.values.Args;
import dev.simplexscript.api.values.ChatRefs;
import dev.simplexscript.api.values.Ref.Kind;
import dev.simplexscript.protocol.command.APIListContacts;
import dev.simplexscript.protocol.command.APISetContactPrefs;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.graalvm.polyglot.HostAccess.Export;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The global {@code contacts}: listing, finding, contact requests, deleting and per-contact preferences. */
public final class ContactsApi {
    private final ChatActions actions;
    private final CoreSession session;

    public ContactsApi(ChatActions actions) {
        this.actions = actions;
        this.session = actions.session();
    }

    /** All contacts, as a list of Contact. */
    @Export
    public CompletableFuture<Object> list() {
        return Futures.script(contacts());
    }

    /**
     * The contact with this name, or null: the locally unique name ({@code alice_1}) first, then the
     * name the contact chose; exact match.
     */
    @Export
    public CompletableFuture<Object> find(Object name) {
        String wanted = Args.text("contacts.find: name", name);
        return Futures.script(contacts(), all -> all.stream().filter(c -> wanted.equals(c.name)).findFirst()
                .or(() -> all.stream().filter(c -> wanted.equals(c.displayName)).findFirst())
                .orElse(null));
    }

    /** Accepts a ContactRequest (or its id); resolves to the new Contact. */
    @Export
    public CompletableFuture<Object> accept(Object request) {
        return actions.acceptRequest(Args.id("contacts.accept: request", request, Kind.CONTACT_REQUEST));
    }

    /** Rejects a ContactRequest (or its id); the requester is not notified. */
    @Export
    public CompletableFuture<Object> reject(Object request) {
        return actions.rejectRequest(Args.id("contacts.reject: request", request, Kind.CONTACT_REQUEST));
    }

    /** Deletes the contact and the conversation, notifying the contact. */
    @Export
    public CompletableFuture<Object> delete(Object contact) {
        return delete(contact, null);
    }

    /** Deletes with a mode: {@code 'full'}, {@code 'entity'}, {@code 'messages'} or {@code {type:'full', notify:false}}. */
    @Export
    public CompletableFuture<Object> delete(Object contact, Object mode) {
        ObjectNode ref = ChatRefs.direct(Args.id("contacts.delete: contact", contact, Kind.CONTACT));
        return actions.deleteChat("contacts.delete", ref, mode);
    }

    /** Sets preference overrides (Preferences) for one contact; resolves to the updated Contact. */
    @Export
    public CompletableFuture<Object> setPrefs(Object contact, Object preferences) {
        var command = new APISetContactPrefs(Args.id("contacts.setPrefs: contact", contact, Kind.CONTACT),
                Args.object("contacts.setPrefs: preferences", preferences));
        return Futures.script(session.run(command, "contactPrefsUpdated"), resp -> actions.contact(resp.path("toContact")));
    }

    private CompletableFuture<List<Contact>> contacts() {
        return session.runForUser(APIListContacts::new, "contactsList").thenApply(resp -> {
            List<Contact> out = new ArrayList<>();
            for (JsonNode c : resp.path("contacts")) out.add(actions.contact(c));
            return out;
        });
    }
}
