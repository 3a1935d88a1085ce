package dev.simplexscript.api;

import static dev.simplexscript.api.ApiHarness.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.api.nouns.ContactsApi;
import dev.simplexscript.api.nouns.CoreApi;
import dev.simplexscript.api.values.ApiArgumentException;
import dev.simplexscript.protocol.syntax.CommandException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class CoreApiTest {
    private final ApiHarness h = new ApiHarness();
    private final CoreApi core = h.global("core");

    @Test
    void aValidCommandIsSentAsIsAndAnswersWithTheResponse() {
        h.core.answer("/_contacts 1", "response-contactsList.json");

        Map<?, ?> resp = (Map<?, ?>) await(core.command("/_contacts 1"));

        assertEquals("contactsList", resp.get("type"));
        assertEquals(List.of("/_contacts 1"), h.core.commands);
    }

    @Test
    void commandsOutsideTheFortyTwoOrMalformedAreRefusedUnsent() {
        var unknown = assertThrows(CommandException.class, () -> core.command("/_stop"));
        assertTrue(unknown.getMessage().contains("unknown command") && unknown.getMessage().contains("sandboxed"), unknown.getMessage());
        assertThrows(CommandException.class, () -> core.command("/_db delete"));
        assertThrows(CommandException.class, () -> core.command("/user alice"));
        assertThrows(CommandException.class, () -> core.command("/unmute #team"));
        var object = assertThrows(CommandException.class, () -> core.command("/_send @2 json {\"msgContent\":{}}"));
        assertTrue(object.getMessage().contains("APISendMessages"), object.getMessage());
        assertThrows(IllegalArgumentException.class, () -> core.command(42));
        assertTrue(h.core.commands.isEmpty());
    }

    @Test
    void sandboxedScriptsMaySendChatStateCommandsBeyondTheFortyTwo() {
        List<String> chatState = List.of("/_get chat @2 count=100", "/_get chats 1 pcc=on", "/_read chat @2", "/_info @2",
                "/_info #1 3", "/_set alias @2 friend", "/_groups1 @2", "/contacts", "/u", "/v");
        for (String c : chatState) h.core.answer(c, Fixtures.response("cmdOk"));
        for (String c : chatState) assertEquals("cmdOk", ((Map<?, ?>) await(core.command(c))).get("type"));
        assertEquals(chatState, h.core.commands);
    }

    @Test
    void trustedScriptsMaySendAnySingleLineCommandButNeverControlCharacters() {
        CoreApi trusted = (CoreApi) new BotApi(h.core, true).globals().get("core");
        h.core.answer("/_stop", Fixtures.response("chatStopped"));
        assertEquals("chatStopped", ((Map<?, ?>) await(trusted.command("/_stop"))).get("type"));
        for (CoreApi api : List.of(core, trusted)) {
            var newline = assertThrows(ApiArgumentException.class, () -> api.command("/_contacts 1\n/_stop"));
            assertTrue(newline.getMessage().contains("U+000A"), newline.getMessage());
            assertThrows(ApiArgumentException.class, () -> api.command("/_contacts 1\u0000"));
            assertThrows(ApiArgumentException.class, () -> api.command("  "));
            assertThrows(ApiArgumentException.class, () -> api.command("/_get chat @2 search=" + "x".repeat(CoreApi.MAX_CHARS)));
        }
        assertEquals(List.of("/_stop"), h.core.commands);
    }

    @Test
    void switchingUserThroughTheRawCommandIsNoticed() {
        ObjectNode anna = (ObjectNode) Fixtures.user().deepCopy();
        anna.put("userId", 2);
        h.core.answer("/_user 2", Fixtures.response("activeUser", "user", anna)).answer("/_contacts 2", "response-contactsList.json");

        await(core.command("/_user 2"));
        await(((ContactsApi) h.global("contacts")).list());

        assertEquals(List.of("/_user 2", "/_contacts 2"), h.core.commands);
    }
}
