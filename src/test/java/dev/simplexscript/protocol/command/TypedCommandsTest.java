package dev.simplexscript.protocol.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.protocol.syntax.CommandException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Each typed command against strings written by hand from the JavaScript expressions of
 * COMMANDS.md (e.g. {@code '/_send ' + sendRef.toString() + (liveMessage ? ' live=on' : '') ...}).
 */
class TypedCommandsTest {
    static final JsonNode ALICE = j("{'chatType':'direct','chatId':2}");
    static final JsonNode TEAM = j("{'chatType':'group','chatId':1}");
    static final JsonNode TEAM_SUPPORT = j("{'chatType':'group','chatId':1,'chatScope':{'type':'memberSupport'}}");
    static final JsonNode TEAM_SUPPORT_3 = j("{'chatType':'group','chatId':1,'chatScope':{'type':'memberSupport','groupMemberId_':3}}");
    static final JsonNode NOTES = j("{'chatType':'local','chatId':1}");
    static final String HI = "{'type':'text','text':'hi'}";

    /** JSON written with single quotes, for readability. */
    static JsonNode j(String json) {
        return Json.parse(json.replace('\'', '"'));
    }

    static JsonNode texts(String... texts) {
        StringBuilder out = new StringBuilder("[");
        for (String t : texts) out.append(out.length() > 1 ? "," : "").append("{'msgContent':{'type':'text','text':'").append(t).append("'},'mentions':{}}");
        return j(out.append(']').toString());
    }

    static Stream<Arguments> commands() {
        return Stream.of(
                // Address commands
                Arguments.of(new APICreateMyAddress(1), "/_address 1"),
                Arguments.of(new APICreateMyAddress(12345678901L), "/_address 12345678901"),
                Arguments.of(new APIDeleteMyAddress(1), "/_delete_address 1"),
                Arguments.of(new APIDeleteMyAddress(42), "/_delete_address 42"),
                Arguments.of(new APIShowMyAddress(7), "/_show_address 7"),
                Arguments.of(new APIShowMyAddress(1), "/_show_address 1"),
                Arguments.of(new APISetProfileAddress(1, true), "/_profile_address 1 on"),
                Arguments.of(new APISetProfileAddress(1, false), "/_profile_address 1 off"),
                Arguments.of(new APISetAddressSettings(1, j("{'businessAddress':false,'autoAccept':{'acceptIncognito':false},'autoReply':" + HI + "}")),
                        "/_address_settings 1 {\"businessAddress\":false,\"autoAccept\":{\"acceptIncognito\":false},\"autoReply\":{\"type\":\"text\",\"text\":\"hi\"}}"),
                Arguments.of(new APISetAddressSettings(2, j("{'businessAddress':true}")),
                        "/_address_settings 2 {\"businessAddress\":true}"),
                // Message commands
                Arguments.of(new APISendMessages(ALICE, false, null, texts("hi")),
                        "/_send @2 json [{\"msgContent\":{\"type\":\"text\",\"text\":\"hi\"},\"mentions\":{}}]"),
                Arguments.of(new APISendMessages(TEAM, true, 30L, texts("a", "b")),
                        "/_send #1 live=on ttl=30 json [{\"msgContent\":{\"type\":\"text\",\"text\":\"a\"},\"mentions\":{}},{\"msgContent\":{\"type\":\"text\",\"text\":\"b\"},\"mentions\":{}}]"),
                Arguments.of(new APISendMessages(TEAM_SUPPORT_3, false, 60L, j("[{'msgContent':{'type':'text','text':'@alice hi'},'quotedItemId':40,'mentions':{'alice':2}}]")),
                        "/_send #1(_support:3) ttl=60 json [{\"msgContent\":{\"type\":\"text\",\"text\":\"@alice hi\"},\"quotedItemId\":40,\"mentions\":{\"alice\":2}}]"),
                Arguments.of(new APISendMessages(TEAM_SUPPORT, false, null,
                                j("[{'fileSource':{'filePath':'/tmp/a.pdf'},'msgContent':{'type':'file','text':''},'mentions':{}}]")),
                        "/_send #1(_support) json [{\"fileSource\":{\"filePath\":\"/tmp/a.pdf\"},\"msgContent\":{\"type\":\"file\",\"text\":\"\"},\"mentions\":{}}]"),
                Arguments.of(new APISendMessages(NOTES, false, null, texts("note")),
                        "/_send *1 json [{\"msgContent\":{\"type\":\"text\",\"text\":\"note\"},\"mentions\":{}}]"),
                Arguments.of(new APIUpdateChatItem(ALICE, 13, false, j("{'msgContent':" + HI + ",'mentions':{}}")),
                        "/_update item @2 13 json {\"msgContent\":{\"type\":\"text\",\"text\":\"hi\"},\"mentions\":{}}"),
                Arguments.of(new APIUpdateChatItem(TEAM, 14, true, j("{'msgContent':" + HI + ",'mentions':{}}")),
                        "/_update item #1 14 live=on json {\"msgContent\":{\"type\":\"text\",\"text\":\"hi\"},\"mentions\":{}}"),
                Arguments.of(new APIDeleteChatItem(ALICE, List.of(13L), CIDeleteMode.INTERNAL), "/_delete item @2 13 internal"),
                Arguments.of(new APIDeleteChatItem(TEAM, List.of(1L, 2L, 3L), CIDeleteMode.BROADCAST), "/_delete item #1 1,2,3 broadcast"),
                Arguments.of(new APIDeleteChatItem(ALICE, List.of(5L, 6L), CIDeleteMode.INTERNAL_MARK), "/_delete item @2 5,6 internalMark"),
                Arguments.of(new APIDeleteMemberChatItem(1, List.of(40L)), "/_delete member item #1 40"),
                Arguments.of(new APIDeleteMemberChatItem(1, List.of(40L, 41L)), "/_delete member item #1 40,41"),
                Arguments.of(new APIChatItemReaction(ALICE, 12, true, j("{'type':'emoji','emoji':'👍'}")),
                        "/_reaction @2 12 on {\"type\":\"emoji\",\"emoji\":\"👍\"}"),
                Arguments.of(new APIChatItemReaction(TEAM, 40, false, j("{'type':'emoji','emoji':'🚀'}")),
                        "/_reaction #1 40 off {\"type\":\"emoji\",\"emoji\":\"🚀\"}"),
                // File commands
                Arguments.of(new ReceiveFile(5, false, null, null, null), "/freceive 5"),
                Arguments.of(new ReceiveFile(5, true, null, null, null), "/freceive 5 approved_relays=on"),
                Arguments.of(new ReceiveFile(5, true, true, false, "/tmp/in.pdf"), "/freceive 5 approved_relays=on encrypt=on inline=off /tmp/in.pdf"),
                Arguments.of(new ReceiveFile(6, false, false, null, "/tmp/my file.pdf"), "/freceive 6 encrypt=off /tmp/my file.pdf"),
                Arguments.of(new CancelFile(5), "/fcancel 5"),
                Arguments.of(new CancelFile(9007199254740993L), "/fcancel 9007199254740993"),
                // Group commands
                Arguments.of(new APIAddMember(1, 2, GroupMemberRole.MEMBER), "/_add #1 2 member"),
                Arguments.of(new APIAddMember(1, 3, GroupMemberRole.OBSERVER), "/_add #1 3 observer"),
                Arguments.of(new APIJoinGroup(4), "/_join #4"),
                Arguments.of(new APIJoinGroup(10), "/_join #10"),
                Arguments.of(new APIAcceptMember(1, 3, GroupMemberRole.AUTHOR), "/_accept member #1 3 author"),
                Arguments.of(new APIAcceptMember(2, 7, GroupMemberRole.MEMBER), "/_accept member #2 7 member"),
                Arguments.of(new APIMembersRole(1, List.of(2L, 3L), GroupMemberRole.MODERATOR), "/_member role #1 2,3 moderator"),
                Arguments.of(new APIMembersRole(1, List.of(2L), GroupMemberRole.OWNER), "/_member role #1 2 owner"),
                Arguments.of(new APIBlockMembersForAll(1, List.of(3L), true), "/_block #1 3 blocked=on"),
                Arguments.of(new APIBlockMembersForAll(1, List.of(2L, 3L), false), "/_block #1 2,3 blocked=off"),
                Arguments.of(new APIRemoveMembers(1, List.of(3L), false), "/_remove #1 3"),
                Arguments.of(new APIRemoveMembers(1, List.of(2L, 3L), true), "/_remove #1 2,3 messages=on"),
                Arguments.of(new APILeaveGroup(1), "/_leave #1"),
                Arguments.of(new APILeaveGroup(22), "/_leave #22"),
                Arguments.of(new APIListMembers(1), "/_members #1"),
                Arguments.of(new APIListMembers(3), "/_members #3"),
                Arguments.of(new APINewGroup(1, false, j("{'displayName':'Team','fullName':'','description':'Support'}")),
                        "/_group 1 {\"displayName\":\"Team\",\"fullName\":\"\",\"description\":\"Support\"}"),
                Arguments.of(new APINewGroup(1, true, j("{'displayName':'Team','fullName':''}")),
                        "/_group 1 incognito=on {\"displayName\":\"Team\",\"fullName\":\"\"}"),
                Arguments.of(new APIUpdateGroupProfile(1, j("{'displayName':'Team 2','fullName':'Full'}")),
                        "/_group_profile #1 {\"displayName\":\"Team 2\",\"fullName\":\"Full\"}"),
                Arguments.of(new APIUpdateGroupProfile(2, j("{'displayName':'Ünïcode','fullName':'','shortDescr':'short','groupPreferences':{'directMessages':{'enable':'on','role':'moderator'}}}")),
                        "/_group_profile #2 {\"displayName\":\"Ünïcode\",\"fullName\":\"\",\"shortDescr\":\"short\","
                                + "\"groupPreferences\":{\"directMessages\":{\"enable\":\"on\",\"role\":\"moderator\"}}}"),
                // Group link commands
                Arguments.of(new APICreateGroupLink(1, GroupMemberRole.MEMBER), "/_create link #1 member"),
                Arguments.of(new APICreateGroupLink(2, GroupMemberRole.OBSERVER), "/_create link #2 observer"),
                Arguments.of(new APIGroupLinkMemberRole(1, GroupMemberRole.ADMIN), "/_set link role #1 admin"),
                Arguments.of(new APIGroupLinkMemberRole(2, GroupMemberRole.OBSERVER), "/_set link role #2 observer"),
                Arguments.of(new APIDeleteGroupLink(1), "/_delete link #1"),
                Arguments.of(new APIDeleteGroupLink(5), "/_delete link #5"),
                Arguments.of(new APIGetGroupLink(1), "/_get link #1"),
                Arguments.of(new APIGetGroupLink(5), "/_get link #5"),
                // Connection commands
                Arguments.of(new APIAddContact(1, false), "/_connect 1"),
                Arguments.of(new APIAddContact(1, true), "/_connect 1 incognito=on"),
                Arguments.of(new APIConnectPlan(1, "https://smp17.simplex.im/a#key"), "/_connect plan 1 https://smp17.simplex.im/a#key"),
                Arguments.of(new APIConnectPlan(2, "simplex:/invitation#/?v=2-7&smp=smp%3A%2F%2Fa"), "/_connect plan 2 simplex:/invitation#/?v=2-7&smp=smp%3A%2F%2Fa"),
                Arguments.of(new APIConnect(1, false, null), "/_connect 1"),
                Arguments.of(new APIConnect(1, true, j("{'connFullLink':'https://simplex.chat/contact#/?v=2-7'}")),
                        "/_connect 1 https://simplex.chat/contact#/?v=2-7"),
                Arguments.of(new APIConnect(2, false, j("{'connFullLink':'simplex:/contact#/?v=2','connShortLink':'https://smp17.simplex.im/a#k'}")),
                        "/_connect 2 simplex:/contact#/?v=2 https://smp17.simplex.im/a#k"),
                Arguments.of(new Connect(false, null), "/connect"),
                Arguments.of(new Connect(true, "https://smp17.simplex.im/a#k"), "/connect https://smp17.simplex.im/a#k"),
                Arguments.of(new APIAcceptContact(4), "/_accept 4"),
                Arguments.of(new APIAcceptContact(40), "/_accept 40"),
                Arguments.of(new APIRejectContact(4), "/_reject 4"),
                Arguments.of(new APIRejectContact(41), "/_reject 41"),
                // Chat commands
                Arguments.of(new APIListContacts(1), "/_contacts 1"),
                Arguments.of(new APIListContacts(2), "/_contacts 2"),
                Arguments.of(new APIListGroups(1, null, null), "/_groups 1"),
                Arguments.of(new APIListGroups(1, 2L, null), "/_groups 1 @2"),
                Arguments.of(new APIListGroups(1, 2L, "team"), "/_groups 1 @2 team"),
                Arguments.of(new APIListGroups(1, null, "my team"), "/_groups 1 my team"),
                Arguments.of(new APIDeleteChat(ALICE, j("{'type':'full','notify':true}")), "/_delete @2 full"),
                Arguments.of(new APIDeleteChat(j("{'chatType':'direct','chatId':3}"), j("{'type':'full','notify':false}")), "/_delete @3 full notify=off"),
                Arguments.of(new APIDeleteChat(TEAM, j("{'type':'entity','notify':true}")), "/_delete #1 entity"),
                Arguments.of(new APIDeleteChat(ALICE, j("{'type':'entity','notify':false}")), "/_delete @2 entity notify=off"),
                Arguments.of(new APIDeleteChat(ALICE, j("{'type':'messages'}")), "/_delete @2 messages"),
                // User profile commands
                Arguments.of(new ShowActiveUser(), "/user"),
                Arguments.of(new ShowVersion(), "/version"),
                // Commands shipped cores parse beyond COMMANDS.md
                Arguments.of(new APIGetChats(1, true), "/_get chats 1 pcc=on"),
                Arguments.of(new APIGetChat(ALICE, null, null, 100, null), "/_get chat @2 count=100"),
                Arguments.of(new APIGetChat(TEAM, null, null, 20, "order 5"), "/_get chat #1 count=20 search=order 5"),
                Arguments.of(new APIGetChat(ALICE, 40L, null, 10, null), "/_get chat @2 before=40 count=10"),
                Arguments.of(new APIChatRead(ALICE), "/_read chat @2"),
                Arguments.of(new ListContacts(), "/contacts"),
                Arguments.of(new CreateMyAddress(), "/address"),
                Arguments.of(new ShowMyAddress(), "/show_address"),
                Arguments.of(new SetAddressSettings(true, true), "/auto_accept on incognito=on"),
                Arguments.of(new SetAddressSettings(false, false), "/auto_accept off"),
                Arguments.of(new APIContactInfo(2), "/_info @2"),
                Arguments.of(new APIGroupMemberInfo(1, 5), "/_info #1 5"),
                Arguments.of(new APISetContactAlias(2, "best friend"), "/_set alias @2 best friend"),
                Arguments.of(new CreateActiveUser(j("{'profile':{'displayName':'bot','fullName':''},'pastTimestamp':false}")),
                        "/_create user {\"profile\":{\"displayName\":\"bot\",\"fullName\":\"\"},\"pastTimestamp\":false}"),
                Arguments.of(new CreateActiveUser(j("{'pastTimestamp':true,'userChatRelay':false,'clientService':false}")),
                        "/_create user {\"pastTimestamp\":true,\"userChatRelay\":false,\"clientService\":false}"),
                Arguments.of(new ListUsers(), "/users"),
                Arguments.of(new APIUpdateProfile(3, j("{'displayName':'a b','fullName':'Full Name'}")),
                        "/_profile 3 {\"displayName\":\"a b\",\"fullName\":\"Full Name\"}"),
                Arguments.of(new APISetContactPrefs(3, j("{'timedMessages':{'allow':'yes','ttl':3600},'commands':[]}")),
                        "/_set prefs @3 {\"timedMessages\":{\"allow\":\"yes\",\"ttl\":3600},\"commands\":[]}"),
                Arguments.of(new APISetActiveUser(2, null), "/_user 2"),
                Arguments.of(new APISetActiveUser(2, "pass word"), "/_user 2 \"pass word\""),
                Arguments.of(new APIDeleteUser(2, true, null), "/_delete user 2 del_smp=on"),
                Arguments.of(new APIDeleteUser(2, false, "pw\"1"), "/_delete user 2 del_smp=off \"pw\\\"1\""),
                Arguments.of(new APIUpdateProfile(1, j("{'displayName':'SupportBot','fullName':'','preferences':{'files':{'allow':'no'},"
                                + "'commands':[{'type':'command','keyword':'help','label':'Show help'}]},'peerType':'bot'}")),
                        "/_profile 1 {\"displayName\":\"SupportBot\",\"fullName\":\"\",\"preferences\":{\"files\":{\"allow\":\"no\"},"
                                + "\"commands\":[{\"type\":\"command\",\"keyword\":\"help\",\"label\":\"Show help\"}]},\"peerType\":\"bot\"}"),
                Arguments.of(new APISetContactPrefs(2, j("{'voice':{'allow':'yes'}}")),
                        "/_set prefs @2 {\"voice\":{\"allow\":\"yes\"}}"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("commands")
    void encodesToTheCommandsMdString(ChatCommand command, String expected) {
        assertEquals(expected, command.encode());
    }

    /**
     * Parameters outside the syntax (incognito of APIConnect and Connect) are not transmitted, and
     * {@code /_connect 1} is both APIAddContact and APIConnect without a link, so the invariant is
     * the string, not the record.
     */
    @ParameterizedTest(name = "{1}")
    @MethodSource("commands")
    void parsedStringEncodesBackToItself(ChatCommand command, String expected) {
        assertEquals(expected, ChatCommand.parse(expected).encode());
    }

    @Test
    void parsingGivesTheTypedRecordWithEveryTransmittedParameter() {
        assertSameRecord(new APISendMessages(TEAM_SUPPORT_3, true, 30L, texts("a")),
                ChatCommand.parse("/_send #1(_support:3) live=on ttl=30 json [{\"msgContent\":{\"type\":\"text\",\"text\":\"a\"},\"mentions\":{}}]"));
        assertSameRecord(new APIDeleteChat(ALICE, j("{'type':'full','notify':false}")), ChatCommand.parse("/_delete @2 full notify=off"));
        assertSameRecord(new ReceiveFile(5, true, null, false, "/tmp/x y"), ChatCommand.parse("/freceive 5 approved_relays=on inline=off /tmp/x y"));
        assertSameRecord(new APIAddContact(1, false), ChatCommand.parse("/_connect 1"));
    }

    /** JSON numbers may be int or long nodes depending on how they were read; the text is the same. */
    private static void assertSameRecord(ChatCommand expected, ChatCommand actual) {
        assertEquals(expected.toString(), actual.toString());
    }

    @Test
    void badParametersAreRefusedBeforeAnythingIsSent() {
        CommandException empty = assertThrows(CommandException.class, () -> new APISendMessages(ALICE, false, null, j("[]")).encode());
        assertTrue(empty.getMessage().contains("composedMessages"), empty.getMessage());
        CommandException newline = assertThrows(CommandException.class, () -> new ReceiveFile(5, false, null, null, "/tmp/a\n/_delete @2 full").encode());
        assertTrue(newline.getMessage().contains("filePath"), newline.getMessage());
        CommandException big = assertThrows(CommandException.class, () -> new APISendMessages(ALICE, false, null, texts("x".repeat(20_000))).encode());
        assertTrue(big.getMessage().contains("15,602"), big.getMessage());
        CommandException unknownRole = assertThrows(CommandException.class, () -> new APIAddMember(1, 2, null).encode());
        assertTrue(unknownRole.getMessage().contains("memberRole"), unknownRole.getMessage());
    }

    @Test
    void shippedFormsReadIntoTheDocumentedCommandAndEncodeToTheDocumentedForm() {
        String[][] cases = {
                {"/u", "/user"},
                {"/v", "/version"},
                {"/fr 3", "/freceive 3"},
                {"/fr 3 approved_relays=on /tmp/a b", "/freceive 3 approved_relays=on /tmp/a b"},
                {"/fc 3", "/fcancel 3"},
                {"/_groups1", "/_groups 1"},
                {"/_groups1 @2 team", "/_groups 1 @2 team"},
                {"/_create link #1", "/_create link #1 member"},
                {"/_delete @2", "/_delete @2 full"},
                {"/_accept incognito=on 5", "/_accept 5"},
                {"/_send @2 text hi there", "/_send @2 json [{\"msgContent\":{\"type\":\"text\",\"text\":\"hi there\"},\"mentions\":{}}]"},
                {"/_send #1 live=on ttl=default text hi", "/_send #1 live=on json [{\"msgContent\":{\"type\":\"text\",\"text\":\"hi\"},\"mentions\":{}}]"},
                {"/_send @2 ttl=default json [{\"msgContent\":{\"type\":\"text\",\"text\":\"x\"}}]", "/_send @2 json [{\"msgContent\":{\"type\":\"text\",\"text\":\"x\"}}]"},
                {"/_update item @2 5 text hi", "/_update item @2 5 json {\"msgContent\":{\"type\":\"text\",\"text\":\"hi\"},\"mentions\":{}}"},
                {"/_set alias @2", "/_set alias @2"},
                {"/_get chat @2 before=10 count=5", "/_get chat @2 before=10 count=5"},
                {"/_get chat @2 after=10 count=5 search=a b", "/_get chat @2 after=10 count=5 search=a b"},
        };
        // The core drops trailing whitespace before parsing, so "/_set alias @2 " is "/_set alias @2".
        for (String[] c : cases) assertEquals(c[1], ChatCommand.parse(c[0]).encode().stripTrailing(), c[0]);
        assertEquals(10L, ((APIGetChat) ChatCommand.parse("/_get chat @2 before=10 count=5")).before());
    }

    @Test
    void unknownCommandStringIsACommandException() {
        assertThrows(CommandException.class, () -> ChatCommand.parse("/nonsense 1"));
    }

    @Test
    void everyCommandOfTheSpecHasATypedRecordAndACase() {
        List<String> specNames = java.util.stream.Stream.concat(Commands.ALL.stream(), Commands.SHIPPED.stream())
                .map(s -> s.name()).distinct().sorted().toList();
        List<String> typed = ChatCommand.ByName.TYPES.keySet().stream().sorted().toList();
        assertEquals(specNames, typed);
        List<String> tested = commands().map(a -> ((ChatCommand) a.get()[0]).name()).distinct().sorted().toList();
        assertEquals(specNames, tested);
    }
}
