package dev.simplexscript.protocol.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.protocol.syntax.CommandException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

/** Bad input is refused before anything is sent, with a reason naming the parameter. */
class CommandSafetyTest {

    private static String refused(String command, String paramsJson) {
        CommandException e = assertThrows(CommandException.class, () -> Commands.encode(command, Json.parse(paramsJson)));
        assertTrue(e.getMessage().startsWith(command + ": "), e.getMessage());
        return e.getMessage();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/tmp/a\nb", "/tmp/a\rb", "/tmp/a\u0000b", "/tmp/a\tb", "/tmp/a\u2028b"})
    void filePathWithControlCharacterIsRefused(String path) {
        ObjectNode params = Json.object().put("fileId", 5).put("userApprovedRelays", true).put("filePath", path);
        CommandException e = assertThrows(CommandException.class, () -> Commands.encode("ReceiveFile", params));
        assertTrue(e.getMessage().contains("filePath") && e.getMessage().contains("control character"), e.getMessage());
    }

    @Test
    void filePathThatLooksLikeAnOptionIsRefused() {
        String why = refused("ReceiveFile", "{\"fileId\":5,\"userApprovedRelays\":false,\"filePath\":\"inline=on\"}");
        assertTrue(why.contains("filePath"), why);
    }

    @Test
    void filePathWithTrailingSpaceIsRefusedBecauseTheCoreStripsIt() {
        refused("ReceiveFile", "{\"fileId\":5,\"userApprovedRelays\":false,\"filePath\":\"/tmp/a \"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://simplex.chat/a b", "https://simplex.chat/a\n/_delete @2 full", " https://x"})
    void linkWithWhitespaceIsRefused(String link) {
        ObjectNode params = Json.object().put("userId", 1);
        params.put("connectionLink", link);
        CommandException e = assertThrows(CommandException.class, () -> Commands.encode("APIConnectPlan", params));
        assertTrue(e.getMessage().contains("connectionLink"), e.getMessage());
        ObjectNode connect = Json.object().put("incognito", false).put("connLink_", link);
        assertThrows(CommandException.class, () -> Commands.encode("Connect", connect));
    }

    @Test
    void preparedLinkPartsAreCheckedToo() {
        refused("APIConnect", "{\"userId\":1,\"incognito\":false,\"preparedLink_\":{\"connFullLink\":\"a b\"}}");
        refused("APIConnect", "{\"userId\":1,\"incognito\":false,\"preparedLink_\":{\"connFullLink\":\"a\",\"connShortLink\":\"b\\nc\"}}");
    }

    @Test
    void searchThatWouldBeReadAsAContactIdIsRefused() {
        String why = refused("APIListGroups", "{\"userId\":1,\"search\":\"@5\"}");
        assertTrue(why.contains("search"), why);
        assertEquals("/_groups 1 @5 x", Commands.encode("APIListGroups", Json.parse("{\"userId\":1,\"contactId_\":5,\"search\":\"x\"}")));
    }

    @Test
    void searchWithNewlineIsRefused() {
        refused("APIListGroups", "{\"userId\":1,\"search\":\"team\\n/_delete #1 full\"}");
    }

    @Test
    void emptyMessageListIsRefused() {
        String why = refused("APISendMessages", "{\"sendRef\":{\"chatType\":\"direct\",\"chatId\":2},\"liveMessage\":false,\"composedMessages\":[]}");
        assertTrue(why.contains("empty"), why);
    }

    @Test
    void singleMessageObjectInsteadOfListIsRefused() {
        refused("APISendMessages", "{\"sendRef\":{\"chatType\":\"direct\",\"chatId\":2},\"composedMessages\":{\"msgContent\":{\"type\":\"text\",\"text\":\"x\"}}}");
    }

    @Test
    void oversizeMessageIsRefusedWithItsSize() {
        String text = "x".repeat(15_602);
        ObjectNode params = (ObjectNode) Json.parse("{\"sendRef\":{\"chatType\":\"direct\",\"chatId\":2},\"liveMessage\":false}");
        params.putArray("composedMessages").addObject().set("msgContent", Json.object().put("type", "text").put("text", text));
        CommandException e = assertThrows(CommandException.class, () -> Commands.encode("APISendMessages", params));
        assertTrue(e.getMessage().contains("15,602") && e.getMessage().contains("15,642"), e.getMessage());
    }

    @Test
    void messageJustUnderTheLimitIsSent() {
        String text = "x".repeat(15_602 - "{\"msgContent\":{\"type\":\"text\",\"text\":\"\"}}".length());
        ObjectNode params = (ObjectNode) Json.parse("{\"sendRef\":{\"chatType\":\"direct\",\"chatId\":2},\"liveMessage\":false}");
        params.putArray("composedMessages").addObject().set("msgContent", Json.object().put("type", "text").put("text", text));
        assertTrue(Commands.encode("APISendMessages", params).endsWith("\"}}]"));
    }

    @Test
    void oversizeEditIsRefused() {
        ObjectNode params = (ObjectNode) Json.parse("{\"chatRef\":{\"chatType\":\"direct\",\"chatId\":2},\"chatItemId\":1,\"liveMessage\":false}");
        params.set("updatedMessage", Json.parse("{\"msgContent\":{\"type\":\"text\",\"text\":\"" + "é".repeat(8000) + "\"},\"mentions\":{}}"));
        assertTrue(assertThrows(CommandException.class, () -> Commands.encode("APIUpdateChatItem", params)).getMessage().contains("bytes"));
    }

    @Test
    void wrongTypesAndMissingParametersNameTheParameter() {
        assertTrue(refused("APICreateMyAddress", "{}").contains("userId is required"));
        assertTrue(refused("APICreateMyAddress", "{\"userId\":\"1\"}").contains("userId must be an integer"));
        assertTrue(refused("APIAddMember", "{\"groupId\":1,\"contactId\":2,\"memberRole\":\"boss\"}").contains("memberRole must be one of"));
        assertTrue(refused("APISetProfileAddress", "{\"userId\":1,\"enable\":\"yes\"}").contains("enable must be true or false"));
        assertTrue(refused("APIDeleteChatItem", "{\"chatRef\":{\"chatType\":\"direct\",\"chatId\":2},\"chatItemIds\":[],\"deleteMode\":\"broadcast\"}").contains("non-empty"));
        assertTrue(refused("APISendMessages", "{\"sendRef\":{\"chatType\":\"contact\",\"chatId\":2},\"composedMessages\":[{}]}").contains("chatType"));
        assertTrue(refused("APISendMessages", "{\"sendRef\":{\"chatType\":\"direct\",\"chatId\":2,\"chatScope\":{\"type\":\"memberSupport\"}},\"composedMessages\":[{}]}").contains("only be given for a group"));
        assertTrue(refused("APIDeleteChat", "{\"chatRef\":{\"chatType\":\"direct\",\"chatId\":2},\"chatDeleteMode\":{\"type\":\"all\"}}").contains("full"));
    }

    @Test
    void unknownCommandNameIsRefused() {
        assertThrows(CommandException.class, () -> Commands.encode("APISendMessage", Json.object()));
    }

    @Test
    void parseErrorsSayWhereTheCommandStoppedMatching() {
        assertTrue(assertThrows(CommandException.class, () -> Commands.parse("/_send @2 json {\"msgContent\":{}}")).getMessage().contains("JSON array"));
        assertTrue(assertThrows(CommandException.class, () -> Commands.parse("/_send @x json []")).getMessage().contains("number"));
        assertTrue(assertThrows(CommandException.class, () -> Commands.parse("/nonsense 1")).getMessage().contains("unknown command /nonsense"));
        assertThrows(CommandException.class, () -> Commands.parse("/_reaction @2 1 maybe {\"type\":\"emoji\",\"emoji\":\"x\"}"));
        assertThrows(CommandException.class, () -> Commands.parse("/_address 1 extra"));
    }
}
