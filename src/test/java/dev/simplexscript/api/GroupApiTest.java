package dev.simplexscript.api;

import static dev.simplexscript.api.ApiHarness.await;
import static dev.simplexscript.api.ApiHarness.failure;
import static dev.simplexscript.api.ApiHarness.list;
import static dev.simplexscript.api.ApiHarness.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.api.nouns.GroupApi;
import dev.simplexscript.api.objects.Group;
import dev.simplexscript.api.objects.GroupInvite;
import dev.simplexscript.api.objects.Member;
import dev.simplexscript.api.objects.Message;
import dev.simplexscript.api.values.ApiArgumentException;
import dev.simplexscript.protocol.Json;
import dev.simplexscript.protocol.syntax.CommandException;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GroupApiTest {
    private final ApiHarness h = new ApiHarness();
    private final GroupApi group = h.global("group");

    private JsonNode members() {
        return Fixtures.resp("response-groupMembers.json").path("group").path("members");
    }

    @Test
    void createTakesANameOrAProfile() {
        String fromFixture = Fixtures.cmd("request-apiNewGroup.json");
        assertEquals("/_group 1 {\"displayName\":\"Team\",\"fullName\":\"\",\"description\":\"Customer support team chat\"}", fromFixture);
        h.core.answer(fromFixture, "response-groupCreated.json")
                .answer("/_group 1 {\"displayName\":\"Team\",\"fullName\":\"\"}", "response-groupCreated.json")
                .answer("/_group 1 incognito=on {\"displayName\":\"Team\",\"fullName\":\"\"}", "response-groupCreated.json");

        Group created = (Group) await(group.create(map("displayName", "Team", "fullName", "", "description", "Customer support team chat")));
        await(group.create("Team"));
        await(group.create("Team", map("incognito", true)));

        assertEquals(1, created.id);
        assertEquals("owner", created.membership.role);
        assertEquals(4, h.core.commands.size());
        assertTrue(assertThrows(ApiArgumentException.class, () -> group.create(map("fullName", "x"))).getMessage().contains("displayName"));
    }

    @Test
    void listAcceptsBothGroupListShapes() {
        h.core.answer("/_groups 1", "response-groupsList.json")
                .answer("/_groups 1 @2 Te", "response-groupsList-v6.4-GroupInfoSummary.json");

        Group newer = (Group) ((List<?>) await(group.list())).getFirst();
        Group older = (Group) ((List<?>) await(group.list(map("contact", Json.MAPPER.convertValue(Fixtures.alice(), java.util.Map.class), "search", "Te")))).getFirst();

        for (Group g : List.of(newer, older)) {
            assertEquals("Team", g.name);
            assertEquals(3, g.memberCount);
        }
        assertEquals(List.of("/user", "/_groups 1", "/_groups 1 @2 Te"), h.core.commands);
    }

    @Test
    void membershipCommandsTakeGroupsMembersAndContactsAsObjectsOrIds() {
        JsonNode info = Fixtures.groupInfo();
        JsonNode alice = members().get(0);
        JsonNode bob = members().get(1);
        Message inGroup = h.message("event-newChatItems-group-text.json");
        Member aliceMember = (Member) inGroup.sender;
        h.core.answer("/_add #1 2 member", Fixtures.response("sentGroupInvitation", "groupInfo", info, "contact", Fixtures.alice(), "member", alice))
                .answer("/_add #1 3 admin", Fixtures.response("sentGroupInvitation", "groupInfo", info, "contact", Fixtures.alice(), "member", bob))
                .answer("/_accept member #1 2 member", Fixtures.response("memberAccepted", "groupInfo", info, "member", alice))
                .answer("/_member role #1 2,3 moderator", Fixtures.response("membersRoleUser", "groupInfo", info, "members", members(), "toRole", "moderator"))
                .answer("/_block #1 3 blocked=on", Fixtures.response("membersBlockedForAllUser", "groupInfo", info, "members", List.of(bob), "blocked", true))
                .answer("/_block #1 3 blocked=off", Fixtures.response("membersBlockedForAllUser", "groupInfo", info, "members", List.of(bob), "blocked", false))
                .answer("/_remove #1 3 messages=on", Fixtures.response("userDeletedMembers", "groupInfo", info, "members", List.of(bob), "withMessages", true))
                .answer("/_remove #1 3", Fixtures.response("userDeletedMembers", "groupInfo", info, "members", List.of(bob), "withMessages", false))
                .answer("/_leave #1", Fixtures.response("leftMemberUser", "groupInfo", info));

        Member added = (Member) await(group.add(inGroup.chat, 2));
        await(group.add("#1", "@3", "admin"));
        await(group.acceptMember(1, aliceMember));
        List<?> promoted = (List<?>) await(group.role(inGroup, list(aliceMember, 3), "moderator"));
        await(group.block(1, 3));
        await(group.block(1, 3, false));
        await(group.remove(1, list(3), map("messages", true)));
        await(group.remove(1, 3));
        Group left = (Group) await(group.leave(1.0));

        assertEquals("alice", added.name);
        assertEquals("Team", added.group.name);
        assertEquals(2, promoted.size());
        assertEquals(1, left.id);
        assertEquals(List.of("/_add #1 2 member", "/_add #1 3 admin", "/_accept member #1 2 member", "/_member role #1 2,3 moderator",
                "/_block #1 3 blocked=on", "/_block #1 3 blocked=off", "/_remove #1 3 messages=on", "/_remove #1 3", "/_leave #1"), h.core.commands);
    }

    @Test
    void joinTakesTheInvitation() {
        GroupInvite invite = (GroupInvite) h.objects("groupInvite", Fixtures.resp("real-v6.5.4.1-event-receivedGroupInvitation.json")).getFirst();
        h.core.fail("/_join #2", "real-v6.5.4.1-chatCmdError-errorStore-groupAlreadyJoined.json");

        Throwable error = failure(group.join(invite));

        assertEquals(List.of("/_join #2"), h.core.commands);
        assertTrue(error.getMessage().contains("groupAlreadyJoined"), error.getMessage());
    }

    @Test
    void membersListsThemWithTheirGroup() {
        h.core.answer("/_members #1", "response-groupMembers.json");

        List<?> all = (List<?>) await(group.members("#1"));

        Member first = (Member) all.getFirst();
        assertEquals(2, all.size());
        assertEquals("alice", first.name);
        assertSame(first.group, ((Member) all.get(1)).group);
    }

    @Test
    void updateProfileKeepsTheFieldsNotGiven() {
        String expected = "/_group_profile #1 {\"displayName\":\"Team\",\"fullName\":\"\",\"description\":\"Open 9-17\","
                + "\"groupPreferences\":{\"directMessages\":{\"enable\":\"on\"},\"history\":{\"enable\":\"on\"}}}";
        JsonNode info = Fixtures.groupInfo();
        h.core.answer("/_members #1", "response-groupMembers.json")
                .answer(expected, Fixtures.response("groupUpdated", "fromGroup", info, "toGroup", info));

        await(group.updateProfile(1, map("description", "Open 9-17")));

        assertEquals(List.of("/_members #1", expected), h.core.commands);
    }

    @Test
    void membersOfAnotherGroupAndBadRolesAreRefused() {
        Member alice = (Member) h.message("event-newChatItems-group-text.json").sender;

        var other = assertThrows(ApiArgumentException.class, () -> group.remove(2, list(alice)));
        assertTrue(other.getMessage().contains("not in group #2"), other.getMessage());
        assertTrue(assertThrows(ApiArgumentException.class, () -> group.remove(1, List.of())).getMessage().contains("empty"));
        var badRole = assertThrows(ApiArgumentException.class, () -> group.add(1, 2, "boss"));
        assertTrue(badRole.getMessage().contains("observer"), badRole.getMessage());
        var author = assertThrows(ApiArgumentException.class, () -> group.role(1, 5, "author"));
        assertTrue(author.getMessage().contains("released chat cores") && author.getMessage().contains("core-quirks"), author.getMessage());
        assertThrows(ApiArgumentException.class, () -> group.acceptMember(1, 5, "author"));
        assertTrue(assertThrows(ApiArgumentException.class, () -> group.leave(Json.object())).getMessage().contains("group id"));
        assertTrue(h.core.commands.isEmpty());
    }

    @Test
    void deleteRemovesTheGroupChat() {
        h.core.answer("/_delete #1 full", Fixtures.response("groupDeletedUser", "groupInfo", Fixtures.groupInfo()));

        await(group.delete(h.message("event-newChatItems-group-text.json").chat));

        assertEquals(List.of("/_delete #1 full"), h.core.commands);
    }
}
