package dev.simplexscript.protocol.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.protocol.Fixtures;
import dev.simplexscript.protocol.Frame;
import dev.simplexscript.protocol.Json;
import dev.simplexscript.protocol.event.ChatEvent;
import dev.simplexscript.protocol.response.ChatResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tolerance and version shapes of the model (PROTOCOL.md §3, §9), decoded through the shared mapper. */
class ModelJsonTest {
    static String fixture(String name) {
        return Fixtures.read(name);
    }

    static <T> T decode(String json, Class<T> type) {
        return Json.MAPPER.readValue(json, type);
    }

    @Test
    void connStatusAcceptsTheV64StringAndTheV65ObjectAndWritesBackTheSameForm() {
        ConnStatus text = decode("\"snd-ready\"", ConnStatus.class);
        ConnStatus object = decode("{\"type\":\"sndReady\"}", ConnStatus.class);
        assertEquals("snd-ready", text.status());
        assertEquals("snd-ready", object.status());
        assertTrue(text.isReady() && object.isReady());
        assertEquals("\"snd-ready\"", Json.write(text));
        assertEquals("{\"type\":\"sndReady\"}", Json.write(object));
        ConnStatus error = decode("{\"type\":\"error\",\"connError\":\"AUTH\"}", ConnStatus.class);
        assertEquals("error", error.status());
        assertEquals("AUTH", error.connError());
        assertFalse(error.isReady());
    }

    @Test
    void realV65FrameHasTheObjectConnStatusAndKeepsNewerGroupFeatures() {
        ChatEvent.ReceivedGroupInvitation inv = assertInstanceOf(ChatEvent.ReceivedGroupInvitation.class,
                ((Frame.Event) Frame.decode(fixture("real-v6.5.4.1-event-receivedGroupInvitation.json"))).event());
        ConnStatus status = inv.contact().activeConn().connStatus();
        assertEquals("ready", status.status());
        assertTrue(status.wire().isObject());
        assertTrue(inv.groupInfo().fullGroupPreferences().extra().containsKey("support"));
    }

    @Test
    void groupsListDecodesBothVersionsToTheSameGroupAndKeepsEachShape() {
        List<GroupInfoSummary> v64 = groups("response-groupsList-v6.4-GroupInfoSummary.json");
        List<GroupInfoSummary> v65 = groups("response-groupsList.json");
        assertFalse(v64.getFirst().flat());
        assertTrue(v65.getFirst().flat());
        for (List<GroupInfoSummary> groups : List.of(v64, v65)) {
            assertEquals(1, groups.getFirst().groupInfo().groupId());
            assertEquals(3, groups.getFirst().groupSummary().currentMembers());
        }
        assertTrue(Json.tree(v64.getFirst()).has("groupInfo"));
        assertTrue(Json.tree(v65.getFirst()).has("groupId"));
    }

    private static List<GroupInfoSummary> groups(String file) {
        Frame.Response r = (Frame.Response) Frame.decode(fixture(file));
        return assertInstanceOf(ChatResponse.GroupsList.class, r.response()).groups();
    }

    @Test
    void agentUserIdIsReadFromADigitStringAndWrittenBackAsOne() {
        ChatResponse.ActiveUser active = (ChatResponse.ActiveUser) Frame.decodeResponse(Json.parse(fixture("real-mobiletests-activeUser.json")).get("resp"));
        assertEquals(1L, active.user().agentUserId());
        assertTrue(Json.tree(active.user()).get("agentUserId").isString());
    }

    @Test
    void unknownTagInsideAKnownRecordKeepsTheRawObject() {
        String poll = "{\"type\":\"poll\",\"text\":\"Lunch?\",\"options\":[\"pizza\",\"soup\"]}";
        CIContent content = decode("{\"type\":\"rcvMsgContent\",\"msgContent\":" + poll + "}", CIContent.class);
        MsgContent mc = assertInstanceOf(CIContent.RcvMsgContent.class, content).msgContent();
        MsgContent.Unknown unknown = assertInstanceOf(MsgContent.Unknown.class, mc);
        assertEquals("poll", unknown.type());
        assertEquals(Json.parse(poll), Json.tree(mc));
    }

    @Test
    void unknownUnionTagAtTheTopOfAUnionDecodes() {
        CIStatus status = decode("{\"type\":\"sndPending\",\"since\":3}", CIStatus.class);
        assertEquals("sndPending", assertInstanceOf(CIStatus.Unknown.class, status).type());
        assertEquals(Json.parse("{\"type\":\"sndPending\",\"since\":3}"), Json.tree(status));
    }

    @Test
    void documentedUnknownTagIsTheUnknownMember() {
        InvitedBy by = decode("{\"type\":\"unknown\"}", InvitedBy.class);
        assertEquals("unknown", assertInstanceOf(InvitedBy.Unknown.class, by).type());
        assertInstanceOf(InvitedBy.User.class, decode("{\"type\":\"user\"}", InvitedBy.class));
    }

    @Test
    void unknownEnumValueDecodesToUnknown() {
        CIMentionMember m = decode("{\"groupMemberId\":2,\"displayName\":\"a\",\"memberRole\":\"superadmin\"}", CIMentionMember.class);
        assertEquals(GroupMemberRole.UNKNOWN, m.memberRole());
        assertEquals(GroupMemberRole.RELAY, decode("\"relay\"", GroupMemberRole.class));
        assertEquals(GroupMemberStatus.INTRO_INV, decode("\"intro-inv\"", GroupMemberStatus.class));
    }

    @Test
    void extraFieldsAreKeptAndWrittenBack() {
        String json = "{\"displayName\":\"a\",\"fullName\":\"\",\"contactDomain\":\"a.example\",\"badge\":{\"level\":2}}";
        Profile p = decode(json, Profile.class);
        assertEquals("a.example", p.extra().get("contactDomain").asString());
        assertEquals(Json.parse(json), Json.tree(p));
    }

    @Test
    void extraFieldsOfUnionMembersAreKeptWithoutDuplicatingTheTag() {
        String json = "{\"type\":\"text\",\"text\":\"hi\",\"format\":\"md\"}";
        MsgContent mc = decode(json, MsgContent.class);
        assertEquals("md", ((MsgContent.Text) mc).extra().get("format").asString());
        assertEquals(Json.parse(json), Json.tree(mc));
        assertEquals(json, Json.write(mc));
    }

    @Test
    void absentAndNullOptionalFieldsDecodeToNullAndAreOmittedOnEncoding() {
        Profile p = decode("{\"displayName\":\"a\",\"fullName\":\"\",\"image\":null}", Profile.class);
        assertNull(p.image());
        assertNull(p.preferences());
        assertEquals("{\"displayName\":\"a\",\"fullName\":\"\"}", Json.write(p));
    }

    @Test
    void chatRefHasTheShapeTheCommandSpecsRead() {
        assertEquals("{\"chatType\":\"direct\",\"chatId\":2}", Json.write(new ChatRef(ChatType.DIRECT, 2, null)));
        assertEquals("{\"chatType\":\"group\",\"chatId\":1,\"chatScope\":{\"type\":\"memberSupport\",\"groupMemberId_\":3}}",
                Json.write(new ChatRef(ChatType.GROUP, 1, new GroupChatScope.MemberSupport(3L))));
        assertEquals("{\"type\":\"full\",\"notify\":false}", Json.write(new ChatDeleteMode.Full(false)));
    }

    @Test
    void receivedMessageIsReachableThroughTheTypedTree() {
        ChatEvent.NewChatItems items = (ChatEvent.NewChatItems) ((Frame.Event) Frame.decode(fixture("event-newChatItems-direct-text.json"))).event();
        AChatItem item = items.chatItems().getFirst();
        assertEquals(2, assertInstanceOf(ChatInfo.Direct.class, item.chatInfo()).contact().contactId());
        assertEquals(12, item.chatItem().meta().itemId());
        MsgContent mc = assertInstanceOf(CIContent.RcvMsgContent.class, item.chatItem().content()).msgContent();
        assertEquals("Hello! Can you help me with my order?", assertInstanceOf(MsgContent.Text.class, mc).text());
        assertInstanceOf(CIDirection.DirectRcv.class, item.chatItem().chatDir());
    }
}
