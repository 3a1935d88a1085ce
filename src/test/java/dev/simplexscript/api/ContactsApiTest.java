package dev.simplexscript.api;

import static dev.simplexscript.api.ApiHarness.await;
import static dev.simplexscript.api.ApiHarness.failure;
import static dev.simplexscript.api.ApiHarness.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.api.nouns.ContactsApi;
import dev.simplexscript.api.objects.Contact;
import dev.simplexscript.api.objects.ContactRequest;
import dev.simplexscript.api.values.ApiArgumentException;
import dev.simplexscript.protocol.ChatException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactsApiTest {
    private final ApiHarness h = new ApiHarness();
    private final ContactsApi contacts = h.global("contacts");

    @Test
    void listAndFindReadTheContactsOfTheActiveUser() {
        h.core.answer("/_contacts 1", "response-contactsList.json");

        List<?> all = (List<?>) await(contacts.list());
        Contact bob = (Contact) await(contacts.find("bob"));

        assertEquals(List.of(2L, 3L), all.stream().map(c -> ((Contact) c).id).toList());
        assertEquals(3, bob.id);
        assertNull(await(contacts.find("nobody")));
        assertEquals(List.of("/user", "/_contacts 1", "/_contacts 1", "/_contacts 1"), h.core.commands);
    }

    @Test
    void requestsAreAcceptedOrRejectedByObjectOrId() {
        ContactRequest carol = (ContactRequest) h.objects("contactRequest", Fixtures.resp("event-receivedContactRequest.json")).getFirst();
        h.core.answer("/_accept 4", "response-acceptingContactRequest.json")
                .answer("/_reject 4", Fixtures.response("contactRequestRejected", "contactRequest", carol.raw));

        Contact accepted = (Contact) await(contacts.accept(carol));
        await(contacts.accept(4));
        await(contacts.reject("4"));

        assertEquals(2, accepted.id);
        assertEquals(List.of("/_accept 4", "/_accept 4", "/_reject 4"), h.core.commands);
    }

    @Test
    void deleteTakesAModeAndOnlyContacts() {
        String notifyOff = Fixtures.cmd("request-apiDeleteChat.json");
        assertEquals("/_delete @3 full notify=off", notifyOff);
        var deleted = Fixtures.response("contactDeleted", "contact", Fixtures.alice());
        h.core.answer(notifyOff, deleted).answer("/_delete @3 full", deleted).answer("/_delete @3 entity", deleted);

        await(contacts.delete(3, map("type", "full", "notify", false)));
        await(contacts.delete("@3"));
        await(contacts.delete(3L, "entity"));

        assertEquals(List.of(notifyOff, "/_delete @3 full", "/_delete @3 entity"), h.core.commands);
        assertTrue(assertThrows(ApiArgumentException.class, () -> contacts.delete("#1")).getMessage().contains("contact id"));
    }

    @Test
    void setPrefsResolvesToTheUpdatedContact() {
        h.core.answer("/_set prefs @2 {\"files\":{\"allow\":\"yes\"}}",
                Fixtures.response("contactPrefsUpdated", "fromContact", Fixtures.alice(), "toContact", Fixtures.alice()));
        Contact alice = (Contact) h.objects("contact", Fixtures.resp("event-contactConnected.json")).getFirst();

        Contact updated = (Contact) await(contacts.setPrefs(alice, map("files", map("allow", "yes"))));

        assertEquals("alice", updated.name);
        assertTrue(assertThrows(ApiArgumentException.class, () -> contacts.setPrefs(alice, "yes")).getMessage().contains("preferences"));
    }

    @Test
    void aMissingContactIsAChatException() {
        h.core.fail("/_delete @99 full", "response-chatCmdError-store-contactNotFound.json");

        assertTrue(assertInstanceOf(ChatException.class, failure(contacts.delete(99))).is("contactNotFound"));
    }
}
