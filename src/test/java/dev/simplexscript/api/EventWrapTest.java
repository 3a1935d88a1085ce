package dev.simplexscript.api;

import static dev.simplexscript.api.ApiHarness.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.api.nouns.SendFunction;
import dev.simplexscript.api.objects.Contact;
import dev.simplexscript.api.objects.ContactRequest;
import dev.simplexscript.api.objects.Group;
import dev.simplexscript.api.objects.GroupInvite;
import dev.simplexscript.api.objects.Member;
import dev.simplexscript.api.objects.Message;
import dev.simplexscript.api.objects.Reaction;
import dev.simplexscript.protocol.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class EventWrapTest {
    private final ApiHarness h = new ApiHarness();

    @Test
    void directMessageHasTextChatSenderAndRaw() {
        Message msg = h.message("event-newChatItems-direct-text.json");

        assertEquals(12, msg.id);
        assertEquals("Hello! Can you help me with my order?", msg.text);
        assertEquals(Map.of("type", "text", "text", "Hello! Can you help me with my order?"), msg.content);
        Contact chat = assertInstanceOf(Contact.class, msg.chat);
        assertEquals(2, chat.id);
        assertEquals("alice", chat.name);
        assertEquals("@2", chat.ref);
        assertSame(chat, msg.sender);
        assertFalse(msg.own);
        assertEquals("@2", msg.chatRef);
        assertNull(msg.file);
        assertTrue(msg.raw.containsKey("chatInfo"));
        assertEquals("directRcv", ((Map<?, ?>) msg.item.get("chatDir")).get("type"));
    }

    @Test
    void groupMessageSenderIsTheMemberWithItsGroup() {
        Message msg = h.message("event-newChatItems-group-text.json");

        Group group = assertInstanceOf(Group.class, msg.chat);
        assertEquals(1, group.id);
        assertEquals("Team", group.name);
        assertEquals(3, group.memberCount);
        assertEquals("owner", group.membership.role);
        Member sender = assertInstanceOf(Member.class, msg.sender);
        assertEquals(2, sender.id);
        assertEquals("alice", sender.name);
        assertEquals("member", sender.role);
        assertEquals(2L, sender.contactId);
        assertSame(group, sender.group);
        assertEquals("#1", msg.chatRef);
    }

    @Test
    void fileOfferFeedsMessageAndFileAndCanBeReceived() {
        JsonNode offer = Fixtures.resp("event-newChatItems-direct-file-offer.json");
        Message viaFile = (Message) h.objects("file", offer).getFirst();
        assertEquals(1, h.objects("message", offer).size());
        assertEquals(5, viaFile.file.id);
        assertEquals("invoice.pdf", viaFile.file.name);
        assertEquals(48213, viaFile.file.size);
        assertEquals("rcvInvitation", viaFile.file.status);
        h.core.answer("/freceive 5 approved_relays=on", "response-rcvFileAccepted.json");

        Message accepted = (Message) await(viaFile.file.receive());

        assertEquals(List.of(Fixtures.cmd("request-receiveFile.json")), h.core.commands);
        assertEquals("rcvAccepted", accepted.file.status);
    }

    @Test
    void completedFileFeedsOnlyFileWithItsPath() {
        JsonNode done = Fixtures.resp("event-rcvFileComplete.json");

        Message msg = (Message) h.objects("file", done).getFirst();

        assertEquals("rcvComplete", msg.file.status);
        assertEquals("invoice.pdf", msg.file.path);
        assertTrue(h.objects("message", done).isEmpty());
        assertTrue(h.objects("file", Fixtures.resp("event-newChatItems-direct-text.json")).isEmpty());
    }

    @Test
    void onlyReceivedMessagesFeedMessage() {
        assertTrue(h.objects("message", Fixtures.resp("response-newChatItems-sent.json")).isEmpty());
        assertEquals(1, h.objects("message", Fixtures.resp("event-newChatItems-direct-text.json")).size());
    }

    @Test
    void contactRequestAndGroupInviteCarryTheirActions() {
        Contact contact = (Contact) h.objects("contact", Fixtures.resp("event-contactConnected.json")).getFirst();
        assertEquals("alice", contact.name);
        ContactRequest request = (ContactRequest) h.objects("contactRequest", Fixtures.resp("event-receivedContactRequest.json")).getFirst();
        assertEquals(4, request.id);
        assertEquals("carol", request.name);
        GroupInvite invite = (GroupInvite) h.objects("groupInvite", Fixtures.resp("real-v6.5.4.1-event-receivedGroupInvitation.json")).getFirst();
        assertEquals(2, invite.group.id);
        assertEquals(5, invite.from.id);
        assertEquals("member", invite.role);
        assertEquals("owner", invite.fromRole);
        h.core.answer("/_accept 4", "response-acceptingContactRequest.json")
                .answer("/_join #2", Fixtures.response("userAcceptedGroupSent", "groupInfo", invite.raw.get("groupInfo")));

        assertEquals(2, ((Contact) await(request.accept())).id);
        assertEquals(2, ((Group) await(invite.join())).id);
        assertEquals(List.of("/_accept 4", "/_join #2"), h.core.commands);
    }

    @Test
    void memberJoinedIsTheMemberWithItsGroup() {
        JsonNode groupEvent = Fixtures.resp("event-newChatItems-group-text.json").path("chatItems").get(0);
        JsonNode joined = Fixtures.response("joinedGroupMember", "groupInfo", groupEvent.path("chatInfo").path("groupInfo"),
                "member", groupEvent.path("chatItem").path("chatDir").path("groupMember"));

        Member member = (Member) h.objects("memberJoined", joined).getFirst();

        assertEquals("alice", member.name);
        assertEquals("Team", member.group.name);
    }

    @Test
    void reactionNamesEmojiMessageAndWhoReacted() {
        Reaction reaction = (Reaction) h.objects("reaction", Fixtures.resp("event-chatItemReaction.json")).getFirst();

        assertEquals("👍", reaction.emoji);
        assertTrue(reaction.added);
        assertEquals(13, reaction.message.id);
        assertTrue(reaction.message.own);
        assertEquals("alice", ((Contact) reaction.sender).name);
    }

    @Test
    void eventTypesMapToShortcuts() {
        assertEquals(List.of(EventShortcut.MESSAGE, EventShortcut.FILE), EventShortcut.fedBy("newChatItems"));
        assertEquals(List.of(EventShortcut.MEMBER_JOINED), EventShortcut.fedBy("joinedGroupMember"));
        assertEquals(List.of(), EventShortcut.fedBy("contactDeletedByContact"));
        assertTrue(h.objects("contact", Fixtures.resp("event-chatItemReaction.json")).isEmpty());
    }

    @Test
    void oneEventsObjectsAreBuiltOnceAndShared() {
        EventView view = h.api.view(Fixtures.resp("event-newChatItems-direct-file-offer.json"));
        List<Object> messages = view.objects(EventShortcut.MESSAGE);
        assertSame(messages, view.objects(EventShortcut.MESSAGE));
        assertSame(messages.getFirst(), view.objects(EventShortcut.FILE).getFirst(), "on.file gets the same Message as on.message");
        assertEquals("newChatItems", view.type());
        assertEquals("newChatItems", view.event().get("type"));
    }

    @Test
    void objectsAreReadOnlyViewsOfTheEvent() {
        JsonNode event = Fixtures.resp("event-newChatItems-direct-text.json");
        String before = event.toString();
        Message msg = (Message) h.objects("message", event).getFirst();
        assertThrows(UnsupportedOperationException.class, () -> msg.raw.put("chatInfo", "x"));
        assertThrows(UnsupportedOperationException.class, () -> msg.content.clear());
        List<?> items = (List<?>) h.api.view(event).event().get("chatItems");
        assertThrows(UnsupportedOperationException.class, () -> items.remove(0));
        assertEquals(before, event.toString(), "the event tree is unchanged");
        assertEquals(Json.parse(before).path("chatItems").get(0).path("chatItem").path("meta").path("itemId").asInt(),
                ((Map<?, ?>) msg.item.get("meta")).get("itemId"));
    }

    @Test
    void reactUsesTheCoreReactionSyntax() {
        String expected = Fixtures.cmd("request-apiChatItemReaction.json");
        assertEquals("/_reaction @2 12 on {\"type\":\"emoji\",\"emoji\":\"👍\"}", expected);
        h.core.answer(expected, "response-chatItemReaction.json")
                .answer("/_reaction @2 12 off {\"type\":\"emoji\",\"emoji\":\"❤\"}", "response-chatItemReaction.json");
        Message msg = h.message("event-newChatItems-direct-text.json");

        Reaction result = (Reaction) await(msg.react("👍"));
        await(msg.react("❤️", false));

        assertEquals("👍", result.emoji);
        assertEquals(List.of(expected, "/_reaction @2 12 off {\"type\":\"emoji\",\"emoji\":\"❤\"}"), h.core.commands);
        var refused = assertThrows(IllegalArgumentException.class, () -> msg.react("🙂"));
        assertTrue(refused.getMessage().contains("👍"), refused.getMessage());
    }

    @Test
    void editAndDeleteFollowWhoseMessageItIs() {
        String edit = Fixtures.cmd("request-apiUpdateChatItem.json");
        assertEquals("/_update item @2 13 json {\"msgContent\":{\"type\":\"text\",\"text\":\"Sure! Please send your order number (e.g. A-1234).\"},\"mentions\":{}}", edit);
        h.core.answer(edit, "response-chatItemUpdated.json")
                .answer("/_delete item @2 13 broadcast", "response-chatItemsDeleted.json")
                .answer("/_delete item @2 12 internal", "response-chatItemsDeleted.json");
        h.core.answer("/_send @2 json [{\"msgContent\":{\"type\":\"text\",\"text\":\"x\"},\"mentions\":{}}]", "response-newChatItems-sent.json");
        Message own = (Message) await(((SendFunction) h.global("send")).call("@2", "x"));
        Message received = h.message("event-newChatItems-direct-text.json");

        Message edited = (Message) await(own.edit("Sure! Please send your order number (e.g. A-1234)."));
        await(own.delete());
        await(received.delete());

        assertTrue(edited.own);
        assertEquals(List.of("/_send @2 json [{\"msgContent\":{\"type\":\"text\",\"text\":\"x\"},\"mentions\":{}}]", edit,
                "/_delete item @2 13 broadcast", "/_delete item @2 12 internal"), h.core.commands);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> received.edit("x")).getMessage().contains("only the bot's own"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> received.delete("broadcast")).getMessage().contains("deleteMember"));
        assertEquals(4, h.core.commands.size());
    }
}
