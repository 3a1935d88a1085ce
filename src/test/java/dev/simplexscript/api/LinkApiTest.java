package dev.simplexscript.api;

import static dev.simplexscript.api.ApiHarness.await;
import static dev.simplexscript.api.ApiHarness.failure;
import static dev.simplexscript.api.ApiHarness.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.api.nouns.LinkApi;
import dev.simplexscript.api.objects.Link;
import dev.simplexscript.api.values.ApiArgumentException;
import dev.simplexscript.protocol.Json;
import dev.simplexscript.protocol.syntax.CommandException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class LinkApiTest {
    private static final String FULL = "https://simplex.chat/contact#/?v=2-7&smp=smp%3A%2F%2Fabc";
    private static final String SHORT = "https://smp17.simplex.im/g#abc";
    private final ApiHarness h = new ApiHarness();
    private final LinkApi link = h.global("link");

    private static JsonNode connLink() {
        return Json.object().put("connFullLink", FULL).put("connShortLink", SHORT);
    }

    private static ObjectNode groupLink(String role) {
        ObjectNode groupLink = Json.object().put("userContactLinkId", 3);
        groupLink.set("connLinkContact", connLink());
        groupLink.put("shortLinkDataSet", true).put("shortLinkLargeDataSet", false).put("groupLinkId", "Z3JvdXBMaW5rSWQ=").put("acceptMemberRole", role);
        return Fixtures.response("groupLink", "groupInfo", Fixtures.groupInfo(), "groupLink", groupLink);
    }

    @Test
    void groupLinksAreCreatedReadChangedAndDeleted() {
        ObjectNode created = groupLink("member").put("type", "groupLinkCreated");
        h.core.answer("/_create link #1 member", created)
                .answer("/_get link #1", groupLink("member"))
                .answer("/_set link role #1 observer", groupLink("observer"))
                .answer("/_delete link #1", Fixtures.response("groupLinkDeleted", "groupInfo", Fixtures.groupInfo()));

        Link made = (Link) await(link.create(1));
        Link read = (Link) await(link.get("#1"));
        Link changed = (Link) await(link.role(made.group, "observer"));
        Map<?, ?> deleted = (Map<?, ?>) await(link.delete(1));

        assertEquals(SHORT, made.link);
        assertEquals(FULL, read.fullLink);
        assertEquals("member", read.role);
        assertEquals("observer", changed.role);
        assertEquals("Team", made.group.name);
        assertEquals("groupLinkDeleted", deleted.get("type"));
        assertEquals(List.of("/_create link #1 member", "/_get link #1", "/_set link role #1 observer", "/_delete link #1"), h.core.commands);
    }

    @Test
    void getIsNullWithoutAGroupLink() {
        h.core.fail("/_get link #1", Fixtures.storeError("groupLinkNotFound"));

        assertNull(await(link.get(1)));
    }

    @Test
    void invitationsArePlannedAndConnected() {
        ObjectNode invitation = Fixtures.response("invitation", "user", Fixtures.user(), "connLinkInvitation", connLink());
        ObjectNode plan = Fixtures.response("connectionPlan", "connLink", connLink(),
                "connectionPlan", Json.object().put("type", "invitationLink").set("invitationLinkPlan", Json.object().put("type", "ok")));
        ObjectNode sent = Fixtures.response("sentConfirmation", "user", Fixtures.user());
        h.core.answer("/_connect 1", invitation)
                .answer("/_connect 1 incognito=on", invitation)
                .answer("/_connect plan 1 " + SHORT, plan)
                .answer("/connect " + SHORT, sent)
                .answer("/_connect 1 " + FULL + " " + SHORT, sent);

        Link one = (Link) await(link.invitation());
        await(link.invitation(map("incognito", true)));
        Map<?, ?> planned = (Map<?, ?>) await(link.plan(SHORT));
        await(link.connect(SHORT));
        await(link.connect(planned));
        await(link.connect(one));

        assertEquals(SHORT, one.link);
        assertNull(one.group);
        assertEquals(List.of("/user", "/_connect 1", "/_connect 1 incognito=on", "/_connect plan 1 " + SHORT, "/connect " + SHORT,
                "/_connect 1 " + FULL + " " + SHORT, "/_connect 1 " + FULL + " " + SHORT), h.core.commands);
    }

    @Test
    void everyDocumentedConnectAnswerIsAcceptedWithItsContactOrGroup() {
        String[] plain = {"sentConfirmation", "sentInvitation", "connectionPlan"};
        for (String type : plain) {
            h.core.answer("/connect " + SHORT, Fixtures.response(type, "user", Fixtures.user()));
            assertEquals(type, ((Map<?, ?>) await(link.connect(SHORT))).get("type"));
        }
        for (String type : new String[] {"contactAlreadyExists", "sentInvitationToContact", "startedConnectionToContact"}) {
            h.core.answer("/connect " + SHORT, Fixtures.response(type, "user", Fixtures.user(), "contact", Fixtures.alice()));
            Map<?, ?> resp = (Map<?, ?>) await(link.connect(SHORT));
            assertEquals(type, resp.get("type"));
            assertEquals("alice", ((dev.simplexscript.api.objects.Contact) resp.get("contact")).name);
        }
        h.core.answer("/connect " + SHORT, Fixtures.response("startedConnectionToGroup", "user", Fixtures.user(), "groupInfo", Fixtures.groupInfo()));
        Map<?, ?> joined = (Map<?, ?>) await(link.connect(SHORT));
        assertEquals(1L, ((dev.simplexscript.api.objects.Group) joined.get("group")).id);

        h.core.answer("/connect " + SHORT, Fixtures.response("contactsList", "user", Fixtures.user()));
        assertTrue(failure(link.connect(SHORT)).getMessage().contains("expected sentConfirmation or"));
    }

    @Test
    void anAddressCanBeConnectedToAsAPreparedLink() {
        JsonNode created = Fixtures.resp("response-userContactLinkCreated.json");
        String full = created.path("connLinkContact").path("connFullLink").stringValue();
        String shortLink = created.path("connLinkContact").path("connShortLink").stringValue();
        h.core.answer("/_address 1", created).answer("/_connect 1 " + full + " " + shortLink, Fixtures.response("sentInvitation", "user", Fixtures.user()));

        Object address = await(((dev.simplexscript.api.nouns.AddressApi) h.global("address")).create());
        Map<?, ?> sent = (Map<?, ?>) await(link.connect(address));

        assertEquals("sentInvitation", sent.get("type"));
        assertEquals("/_connect 1 " + full + " " + shortLink, h.core.last());
    }

    @Test
    void linksThatWouldChangeTheCommandAreRefused() {
        Throwable spaced = failure(link.connect(SHORT + " /_delete_address 1"));

        assertInstanceOf(CommandException.class, spaced);
        assertTrue(h.core.commands.isEmpty());
        assertTrue(assertThrows(ApiArgumentException.class, () -> link.connect(42)).getMessage().contains("link.plan"));
    }
}
