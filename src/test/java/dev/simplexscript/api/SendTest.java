package dev.simplexscript.api;

import static dev.simplexscript.api.ApiHarness.await;
import static dev.simplexscript.api.ApiHarness.failure;
import static dev.simplexscript.api.ApiHarness.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.api.nouns.SendFunction;
import dev.simplexscript.api.objects.Contact;
import dev.simplexscript.api.objects.Message;
import dev.simplexscript.api.values.ApiArgumentException;
import dev.simplexscript.protocol.ChatException;
import dev.simplexscript.protocol.syntax.CommandException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SendTest {
    private static final String REPLY = "/_send @2 json [{\"msgContent\":{\"type\":\"text\",\"text\":\"Sure! Please send your order number.\"},\"quotedItemId\":12,\"mentions\":{}}]";
    private final ApiHarness h = new ApiHarness();
    private final SendFunction send = h.global("send");

    @Test
    void sendToContactObjectWithQuoteGivesTheSpecCommandAndTheSentMessage() {
        assertEquals(Fixtures.cmd("request-apiSendMessages.json"), REPLY);
        h.core.answer(REPLY, "response-newChatItems-sent.json");
        Message received = h.message("event-newChatItems-direct-text.json");

        Message sent = (Message) await(send.call(received.chat, "Sure! Please send your order number.", map("quote", received)));

        assertEquals(List.of(REPLY), h.core.commands);
        assertEquals(13, sent.id);
        assertTrue(sent.own);
        assertEquals("Sure! Please send your order number.", sent.text);
        assertEquals(2, ((Contact) sent.chat).id);
    }

    @Test
    void replyQuotesTheMessageInItsChat() {
        h.core.answer(REPLY, "response-newChatItems-sent.json");
        Message received = h.message("event-newChatItems-direct-text.json");

        await(received.reply("Sure! Please send your order number."));

        assertEquals(List.of(REPLY), h.core.commands);
    }

    @Test
    void refStringsIdsAndObjectsNameTheSameChat() {
        String cmd = "/_send @2 json [{\"msgContent\":{\"type\":\"text\",\"text\":\"hi\"},\"mentions\":{}}]";
        h.core.answer(cmd, "response-newChatItems-sent.json");
        Message received = h.message("event-newChatItems-direct-text.json");

        await(send.call("@2", "hi"));
        await(send.call(received, "hi"));
        await(send.call(received.chat, "hi"));
        await(send.call(map("chatType", "direct", "chatId", 2), "hi"));
        await(((Contact) received.chat).send("hi"));

        assertEquals(List.of(cmd, cmd, cmd, cmd, cmd), h.core.commands);
    }

    @Test
    void groupMentionsTakeMemberObjectsOrIds() {
        String expected = Fixtures.cmd("request-apiSendMessages-group-mention.json");
        assertEquals("/_send #1 json [{\"msgContent\":{\"type\":\"text\",\"text\":\"@alice we are open 9:00-17:00\"},\"quotedItemId\":40,\"mentions\":{\"alice\":2}}]", expected);
        h.core.answer(expected, "response-newChatItems-sent.json");
        Message question = h.message("event-newChatItems-group-text.json");

        await(send.call("#1", "@alice we are open 9:00-17:00", map("quote", 40, "mentions", map("alice", 2))));
        await(question.reply("@alice we are open 9:00-17:00", map("mentions", map("alice", question.sender))));

        assertEquals(List.of(expected, expected), h.core.commands);
    }

    @Test
    void optionsLiveTtlAndFileShapeTheCommand() {
        String expected = "/_send @2 live=on ttl=3600 json [{\"fileSource\":{\"filePath\":\"/tmp/report.pdf\"},\"msgContent\":{\"type\":\"file\",\"text\":\"report\"},\"mentions\":{}}]";
        h.core.answer(expected, "response-newChatItems-sent.json");

        await(send.call("@2", "report", map("file", "/tmp/report.pdf", "ttl", 3600.0, "live", true)));

        assertEquals(List.of(expected), h.core.commands);
    }

    @Test
    void supportScopeRefsAndContentMapsPassThrough() {
        String expected = "/_send #1(_support:3) json [{\"msgContent\":{\"type\":\"link\",\"text\":\"see\",\"preview\":{\"uri\":\"https://x.org\"}},\"mentions\":{}}]";
        h.core.answer(expected, "response-newChatItems-sent.json");

        await(send.call("#1(_support:3)", map("type", "link", "text", "see", "preview", map("uri", "https://x.org"))));

        assertEquals(List.of(expected), h.core.commands);
    }

    @Test
    void badArgumentsAreRefusedBeforeAnythingIsSent() {
        var bareNumber = assertThrows(ApiArgumentException.class, () -> send.call(2, "hi"));
        assertTrue(bareNumber.getMessage().contains("'@2'"), bareNumber.getMessage());
        assertTrue(assertThrows(ApiArgumentException.class, () -> send.call("@2")).getMessage().contains("2 or 3 arguments"));
        assertTrue(assertThrows(ApiArgumentException.class, () -> send.call("@2", 5)).getMessage().contains("send message"));
        var typo = assertThrows(ApiArgumentException.class, () -> send.call("@2", "hi", map("qoute", 12)));
        assertTrue(typo.getMessage().contains("unknown option 'qoute'"), typo.getMessage());
        assertTrue(assertThrows(ApiArgumentException.class, () -> send.call("@2", "hi", map("quote", 1.5))).getMessage().contains("message id"));
        assertTrue(assertThrows(ApiArgumentException.class, () -> send.call("alice", "hi")).getMessage().contains("chat reference"));
        Object member = h.message("event-newChatItems-group-text.json").sender;
        assertTrue(assertThrows(ApiArgumentException.class, () -> send.call(member, "hi")).getMessage().contains("a member is not a chat"));
        assertTrue(h.core.commands.isEmpty());
    }

    @Test
    void aMessageOverTheCoreLimitFailsTheCallUnsent() {
        Throwable error = failure(send.call("@2", "x".repeat(20_000)));

        assertInstanceOf(CommandException.class, error);
        assertTrue(error.getMessage().contains("over the core's limit"), error.getMessage());
        assertTrue(h.core.commands.isEmpty());
    }

    @Test
    void aCoreErrorFailsTheCallWithChatExceptionNamingItsType() {
        h.core.fail("/_send @99 json [{\"msgContent\":{\"type\":\"text\",\"text\":\"hi\"},\"mentions\":{}}]", "response-chatCmdError-store-contactNotFound.json");

        Throwable error = failure(send.call("@99", "hi"));

        ChatException chat = assertInstanceOf(ChatException.class, error);
        assertEquals("errorStore/contactNotFound", chat.errorType());
        assertTrue(chat.getMessage().contains("errorStore/contactNotFound"));
    }
}
