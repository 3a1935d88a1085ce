package dev.simplexscript.api;

import static dev.simplexscript.api.ApiHarness.await;
import static dev.simplexscript.api.ApiHarness.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.api.nouns.AddressApi;
import dev.simplexscript.api.objects.Address;
import dev.simplexscript.api.values.ApiArgumentException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AddressApiTest {
    private static final String SHORT = "https://smp17.simplex.im/a#lXUjJW6vHcx1Ss2OT3uzvfN3lFF1cJxL0hoY1MmmSJU";
    private final ApiHarness h = new ApiHarness();
    private final AddressApi address = h.global("address");

    @Test
    void getReadsTheAddressAndItsSettingsAsTheActiveUser() {
        h.core.answer("/_show_address 1", "response-userContactLink.json");

        Address a = (Address) await(address.get());

        assertEquals(List.of("/user", "/_show_address 1"), h.core.commands);
        assertEquals(SHORT, a.link);
        assertTrue(a.fullLink.startsWith("https://simplex.chat/contact#/"));
        assertTrue(a.autoAccept);
        assertFalse(a.business);
        assertEquals("Hi! I am SupportBot. Send /help to see what I can do.", a.welcome.get("text"));
    }

    @Test
    void getIsNullWhenThereIsNoAddress() {
        h.core.fail("/_show_address 1", "response-chatCmdError-store-userContactLinkNotFound.json");

        assertNull(await(address.get()));
    }

    @Test
    void createDeleteAndShareUseTheCachedUserId() {
        h.core.answer("/_address 1", "response-userContactLinkCreated.json")
                .answer("/_delete_address 1", Fixtures.response("userContactLinkDeleted", "user", Fixtures.user()))
                .answer("/_profile_address 1 on", Fixtures.response("userProfileUpdated", "user", Fixtures.user()))
                .answer("/_profile_address 1 off", Fixtures.response("userProfileNoChange", "user", Fixtures.user()));

        Address created = (Address) await(address.create());
        await(address.shareInProfile());
        await(address.shareInProfile(false));
        Map<?, ?> deleted = (Map<?, ?>) await(address.delete());

        assertEquals(SHORT, created.link);
        assertNull(created.settings);
        assertEquals("userContactLinkDeleted", deleted.get("type"));
        assertEquals(List.of("/user", Fixtures.cmd("request-apiCreateMyAddress.json"), "/_profile_address 1 on", "/_profile_address 1 off",
                "/_delete_address 1"), h.core.commands);
    }

    @Test
    void settingsChangeOnlyWhatIsGiven() {
        String full = Fixtures.cmd("request-apiSetAddressSettings.json");
        String noAutoAccept = "/_address_settings 1 {\"businessAddress\":false,\"autoReply\":{\"type\":\"text\",\"text\":\"Hi! I am SupportBot. Send /help to see what I can do.\"}}";
        String businessNoWelcome = "/_address_settings 1 {\"businessAddress\":true,\"autoAccept\":{\"acceptIncognito\":false}}";
        h.core.answer("/_show_address 1", "response-userContactLink.json")
                .answer(full, "response-userContactLinkUpdated.json")
                .answer(noAutoAccept, "response-userContactLinkUpdated.json")
                .answer(businessNoWelcome, "response-userContactLinkUpdated.json");

        Address updated = (Address) await(address.settings(map("welcome", "Hi! I am SupportBot. Send /help to see what I can do.")));
        await(address.settings(map("autoAccept", false)));
        await(address.settings(map("business", true, "welcome", null)));

        assertEquals(List.of("/user", "/_show_address 1", full, "/_show_address 1", noAutoAccept, "/_show_address 1", businessNoWelcome), h.core.commands);
        assertTrue(updated.autoAccept);
    }

    @Test
    void unknownSettingsAreRefused() {
        var e = assertThrows(ApiArgumentException.class, () -> address.settings(map("autoaccept", true)));
        assertTrue(e.getMessage().contains("unknown option 'autoaccept'"), e.getMessage());
        assertTrue(assertThrows(ApiArgumentException.class, () -> address.settings(map("business", "yes"))).getMessage().contains("true or false"));
    }
}
