package dev.simplexscript.api;

import static dev.simplexscript.api.ApiHarness.await;
import static dev.simplexscript.api.ApiHarness.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.api.nouns.ContactsApi;
import dev.simplexscript.api.nouns.ProfileApi;
import dev.simplexscript.api.nouns.UserApi;
import dev.simplexscript.api.objects.User;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class UserAndProfileTest {
    private static final String MENU_BEFORE = "[{\"type\":\"command\",\"keyword\":\"help\",\"label\":\"Show help\"},{\"type\":\"menu\",\"label\":\"Support\",\"commands\":["
            + "{\"type\":\"command\",\"keyword\":\"ticket\",\"label\":\"Open a ticket\",\"params\":\"<subject>\"},"
            + "{\"type\":\"command\",\"keyword\":\"status\",\"label\":\"Ticket status\"}]}]";
    private static final String LINK = "https://smp17.simplex.im/a#lXUjJW6vHcx1Ss2OT3uzvfN3lFF1cJxL0hoY1MmmSJU";
    private final ApiHarness h = new ApiHarness();
    private final UserApi user = h.global("user");
    private final ProfileApi profile = h.global("profile");
    private final ContactsApi contacts = h.global("contacts");

    private static JsonNode activeUser(long id, String name) {
        ObjectNode u = (ObjectNode) Fixtures.user().deepCopy();
        u.put("userId", id).put("localDisplayName", name);
        return Fixtures.response("activeUser", "user", u);
    }

    @Test
    void activeAndListDescribeUsers() {
        h.core.answer("/users", "response-usersList.json");

        User active = (User) await(user.active());
        List<?> all = (List<?>) await(user.list());

        assertEquals(1, active.id);
        assertEquals("SupportBot", active.name);
        assertTrue(active.active);
        User second = (User) all.get(1);
        assertEquals("agent-anna", second.name);
        assertEquals(2L, second.unreadCount);
        assertFalse(second.active);
    }

    @Test
    void createAndActivateSwitchTheUserLaterCommandsRunAs() {
        String create = "/_create user {\"profile\":{\"displayName\":\"agent-anna\",\"fullName\":\"\"},\"pastTimestamp\":false}";
        h.core.answer(create, activeUser(2, "agent-anna"))
                .answer("/_contacts 2", "response-contactsList.json")
                .answer("/_user 1", activeUser(1, "SupportBot"))
                .answer("/_contacts 1", "response-contactsList.json")
                .answer("/_user 2 \"secret\"", activeUser(2, "agent-anna"));

        User created = (User) await(user.create("agent-anna"));
        await(contacts.list());
        await(user.activate(1));
        await(contacts.list());
        await(user.activate(created, "secret"));

        assertEquals(List.of(create, "/_contacts 2", "/_user 1", "/_contacts 1", "/_user 2 \"secret\""), h.core.commands);
    }

    @Test
    void deleteRemovesServerQueuesUnlessToldNot() {
        h.core.answer("/_delete user 2 del_smp=on", "response-cmdOk.json").answer("/_delete user 2 del_smp=off \"pw\"", "response-cmdOk.json");

        await(user.delete(2));
        await(user.delete(2, map("deleteQueues", false, "password", "pw")));

        assertEquals(List.of("/_delete user 2 del_smp=on", "/_delete user 2 del_smp=off \"pw\""), h.core.commands);
    }

    @Test
    void profileGetDropsLocalFieldsAndUpdateMergesPreferences() {
        String expected = "/_profile 1 {\"displayName\":\"SupportBot\",\"fullName\":\"Support Bot\",\"shortDescr\":\"Example support bot\","
                + "\"contactLink\":\"" + LINK + "\",\"preferences\":{\"files\":{\"allow\":\"no\"},\"calls\":{\"allow\":\"yes\"},\"voice\":{\"allow\":\"no\"},"
                + "\"commands\":" + MENU_BEFORE + "},\"peerType\":\"bot\"}";
        h.core.answer(expected, Fixtures.response("userProfileUpdated", "user", Fixtures.user()));

        Map<?, ?> current = (Map<?, ?>) await(profile.get());
        Map<?, ?> result = (Map<?, ?>) await(profile.update(map("fullName", "Support Bot", "preferences", map("calls", map("allow", "yes")))));

        assertEquals("SupportBot", current.get("displayName"));
        assertFalse(current.containsKey("profileId") || current.containsKey("localAlias"));
        assertEquals("userProfileUpdated", result.get("type"));
        assertEquals(List.of("/user", "/user", expected), h.core.commands);
    }

    @Test
    void publishCommandsReplacesOnlyTheMenu() {
        String expected = "/_profile 1 {\"displayName\":\"SupportBot\",\"fullName\":\"\",\"shortDescr\":\"Example support bot\","
                + "\"contactLink\":\"" + LINK + "\",\"preferences\":{\"files\":{\"allow\":\"no\"},\"calls\":{\"allow\":\"no\"},\"voice\":{\"allow\":\"no\"},"
                + "\"commands\":[{\"type\":\"command\",\"keyword\":\"weather\",\"label\":\"Show the weather\"},"
                + "{\"type\":\"command\",\"keyword\":\"price\",\"label\":\"Price of a coin\"}]},\"peerType\":\"bot\"}";
        h.core.answer(expected, Fixtures.response("userProfileUpdated", "user", Fixtures.user()));

        await(h.api.publishCommands(List.of(new CommandInfo("/weather", "Show the weather"), new CommandInfo("price", "Price of a coin"))));

        assertEquals(List.of("/user", expected), h.core.commands);
    }
}
