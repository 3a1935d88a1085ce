package dev.simplexscript.api;

import static dev.simplexscript.api.ApiHarness.await;
import static dev.simplexscript.api.ApiHarness.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.api.nouns.ContactsApi;
import dev.simplexscript.api.session.UnexpectedResponseException;
import dev.simplexscript.client.CoreGateway;
import dev.simplexscript.client.CoreUnavailableException;
import dev.simplexscript.protocol.ChatException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoreSessionTest {

    @Test
    void theActiveUserIsAskedOnceAndAgainAfterForgetUser() {
        ApiHarness h = new ApiHarness();
        h.core.answer("/_contacts 1", "response-contactsList.json");
        ContactsApi contacts = h.global("contacts");

        await(contacts.list());
        await(contacts.list());
        h.api.forgetUser();
        await(contacts.list());

        assertEquals(List.of("/user", "/_contacts 1", "/_contacts 1", "/user", "/_contacts 1"), h.core.commands);
    }

    @Test
    void aFailedUserLookupIsRetriedOnTheNextCall() {
        RecordingCore core = new RecordingCore().fail("/user", "response-chatCmdError-noActiveUser.json").answer("/_contacts 1", "response-contactsList.json");
        ContactsApi contacts = (ContactsApi) new BotApi(core).globals().get("contacts");

        ChatException noUser = assertInstanceOf(ChatException.class, failure(contacts.list()));
        assertTrue(noUser.is("noActiveUser"));
        core.answer("/user", "response-activeUser.json");
        await(contacts.list());

        assertEquals(List.of("/user", "/user", "/_contacts 1"), core.commands);
    }

    @Test
    void aChatCmdErrorPassedAsAResponseStillFails() {
        RecordingCore core = new RecordingCore().answer("/user", "response-chatCmdError-noActiveUser.json");

        Throwable error = failure(((ContactsApi) new BotApi(core).globals().get("contacts")).list());

        assertEquals("error/noActiveUser", assertInstanceOf(ChatException.class, error).errorType());
    }

    @Test
    void aDeadCoreFailsFastWithItsOwnException() {
        CoreUnavailableException gone = new CoreUnavailableException("no core connected");
        RecordingCore core = new RecordingCore().fail("/user", gone);

        assertSame(gone, failure(((ContactsApi) new BotApi(core).globals().get("contacts")).list()));
    }

    @Test
    void anUndocumentedResponseTypeIsAClearFailure() {
        ApiHarness h = new ApiHarness();
        h.core.answer("/_contacts 1", "response-groupsList.json");

        Throwable error = failure(((ContactsApi) h.global("contacts")).list());

        assertInstanceOf(UnexpectedResponseException.class, error);
        assertTrue(error.getMessage().contains("expected contactsList from the core, got groupsList"), error.getMessage());
    }

    @Test
    void aGatewayThatThrowsFailsTheCallInsteadOfTheCaller() {
        BotApi api = new BotApi(command -> {
            throw new CoreUnavailableException("closed");
        });

        assertInstanceOf(CoreUnavailableException.class, failure(((ContactsApi) api.globals().get("contacts")).list()));
        assertThrows(IllegalArgumentException.class, () -> new BotApi(null));
    }
}
