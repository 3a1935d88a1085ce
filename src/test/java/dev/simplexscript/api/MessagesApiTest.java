package dev.simplexscript.api;

import static dev.simplexscript.api.ApiHarness.await;
import static dev.simplexscript.api.ApiHarness.list;
import static dev.simplexscript.api.ApiHarness.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.api.nouns.MessagesApi;
import dev.simplexscript.api.objects.Message;
import dev.simplexscript.api.values.ApiArgumentException;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessagesApiTest {
    private final ApiHarness h = new ApiHarness();
    private final MessagesApi messages = h.global("messages");

    @Test
    void updateTakesAChatAndIdOrAMessage() {
        String expected = Fixtures.cmd("request-apiUpdateChatItem.json");
        String live = "/_update item #1 40 live=on json {\"msgContent\":{\"type\":\"text\",\"text\":\"@alice hi\"},\"mentions\":{\"alice\":2}}";
        h.core.answer(expected, "response-chatItemUpdated.json").answer(live, "response-chatItemUpdated.json");
        Message inGroup = h.message("event-newChatItems-group-text.json");

        Message updated = (Message) await(messages.update("@2", 13, "Sure! Please send your order number (e.g. A-1234)."));
        await(messages.update(map("chatType", "direct", "chatId", 2), 13L, "Sure! Please send your order number (e.g. A-1234).", null));
        await(messages.update(inGroup, "@alice hi", map("live", true, "mentions", map("alice", inGroup.sender))));

        assertTrue(updated.item.get("meta") instanceof java.util.Map<?, ?> meta && Boolean.TRUE.equals(meta.get("itemEdited")));
        assertEquals(List.of(expected, expected, live), h.core.commands);
    }

    @Test
    void deleteTakesModesAndSeveralItems() {
        h.core.answer("/_delete item @2 13,14 internalMark", "response-chatItemsDeleted.json")
                .answer("/_delete item @2 13 broadcast", "response-chatItemsDeleted.json")
                .answer("/_delete item @2 12 internal", "response-chatItemsDeleted.json");
        Message received = h.message("event-newChatItems-direct-text.json");

        await(messages.delete("@2", list(13, 14), "internalMark"));
        await(messages.delete("@2", 13));
        await(messages.delete(received));
        await(messages.delete(list(received), "internal"));

        assertEquals(List.of("/_delete item @2 13,14 internalMark", "/_delete item @2 13 broadcast", "/_delete item @2 12 internal",
                "/_delete item @2 12 internal"), h.core.commands);
    }

    @Test
    void deleteMemberModeratesGroupMessagesOnly() {
        h.core.answer("/_delete member item #1 40", "response-chatItemsDeleted.json")
                .answer("/_delete member item #1 40,41", "response-chatItemsDeleted.json");
        Message inGroup = h.message("event-newChatItems-group-text.json");
        Message direct = h.message("event-newChatItems-direct-text.json");

        await(messages.deleteMember(inGroup));
        await(messages.deleteMember(1, list(40, 41)));

        assertEquals(List.of("/_delete member item #1 40", "/_delete member item #1 40,41"), h.core.commands);
        assertTrue(assertThrows(ApiArgumentException.class, () -> messages.deleteMember(direct)).getMessage().contains("only group messages"));
        assertTrue(assertThrows(ApiArgumentException.class, () -> messages.deleteMember(2, inGroup)).getMessage().contains("not in group #2"));
        assertTrue(assertThrows(ApiArgumentException.class, () -> messages.delete(list(inGroup, direct))).getMessage().contains("one chat"));
    }

    @Test
    void reactAddsAndRemoves() {
        String add = "/_reaction @2 12 on {\"type\":\"emoji\",\"emoji\":\"🚀\"}";
        String remove = "/_reaction @2 12 off {\"type\":\"emoji\",\"emoji\":\"🚀\"}";
        h.core.answer(add, "response-chatItemReaction.json").answer(remove, "response-chatItemReaction.json");
        Message received = h.message("event-newChatItems-direct-text.json");

        await(messages.react(received, "🚀"));
        await(messages.react("@2", 12, "🚀"));
        await(messages.react(received, "🚀", false));
        await(messages.react("@2", received, "🚀", false));

        assertEquals(List.of(add, add, remove, remove), h.core.commands);
        assertTrue(assertThrows(ApiArgumentException.class, () -> messages.react("@2", 12, "👍👍")).getMessage().contains("reactions the core accepts"));
    }
}
