package dev.simplexscript.api.nouns;

import static dev.simplexscript.api.nouns.GroupApi.groupId;
import static dev.simplexscript.api.session.CoreSession.expect;

import dev.simplexscript.api.objects.Address;
import dev.simplexscript.api.objects.ChatActions;
import dev.simplexscript.api.objects.Link;
import dev.simplexscript.api.session.CoreSession;
import dev.simplexscript.api.session.Futures;
import dev.simplexscript.api.values.ApiArgumentException;
import dev.simplexscript.api.values.Args;
import dev.simplexscript.api.values.Plain;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.graalvm.polyglot.HostAccess.Export;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The global {@code link}: group links, one-time invitations, and connecting through links. */
public final class LinkApi {
    private final ChatActions actions;
    private final CoreSession session;

    public LinkApi(ChatActions actions) {
        this.actions = actions;
        this.session = actions.session();
    }

    /** Creates the group's link; people joining by it become members. Resolves to the Link. */
    @Export
    public CompletableFuture<Object> create(Object group) {
        return create(group, "member");
    }

    /** Creates the group's link with the role joiners get. */
    @Export
    public CompletableFuture<Object> create(Object group, Object role) {
        ObjectNode params = Args.params().put("groupId", groupId("link.create", group)).put("memberRole", Args.text("link.create: role", role));
        return Futures.script(session.run("APICreateGroupLink", params), resp -> groupLink(expect(resp, "APICreateGroupLink", "groupLinkCreated")));
    }

    /** The group's link, or null when it has none. */
    @Export
    public CompletableFuture<Object> get(Object group) {
        CompletableFuture<JsonNode> resp = session.run("APIGetGroupLink", Args.params().put("groupId", groupId("link.get", group)));
        return Futures.script(Futures.nullOnChatError(resp, "groupLinkNotFound"),
                r -> r == null ? null : groupLink(expect(r, "APIGetGroupLink", "groupLink")));
    }

    /** Changes the role people joining by the group's link get. */
    @Export
    public CompletableFuture<Object> role(Object group, Object role) {
        ObjectNode params = Args.params().put("groupId", groupId("link.role", group)).put("memberRole", Args.text("link.role: role", role));
        return Futures.script(session.run("APIGroupLinkMemberRole", params), resp -> groupLink(expect(resp, "APIGroupLinkMemberRole", "groupLink")));
    }

    @Export
    public CompletableFuture<Object> delete(Object group) {
        return Futures.script(session.run("APIDeleteGroupLink", Args.params().put("groupId", groupId("link.delete", group))),
                resp -> Plain.map(expect(resp, "APIDeleteGroupLink", "groupLinkDeleted")));
    }

    /** Creates a one-time invitation link; resolves to a Link (group and role null). */
    @Export
    public CompletableFuture<Object> invitation() {
        return invitation(null);
    }

    /** Options: {@code incognito}. */
    @Export
    public CompletableFuture<Object> invitation(Object options) {
        Map<String, Object> o = Args.options("link.invitation options", options, "incognito");
        ObjectNode params = Args.params().put("incognito", Args.bool("link.invitation option incognito", o.get("incognito"), false));
        return Futures.script(session.runForUser("APIAddContact", params), resp -> {
            JsonNode invitation = expect(resp, "APIAddContact", "invitation");
            return actions.link(invitation.path("connLinkInvitation"), null, null, invitation);
        });
    }

    /** What a link is and whether the bot is already connected through it; resolves to the connectionPlan response. */
    @Export
    public CompletableFuture<Object> plan(Object link) {
        ObjectNode params = Args.params().put("connectionLink", Args.text("link.plan: link", link));
        return Futures.script(session.runForUser("APIConnectPlan", params), resp -> Plain.map(expect(resp, "APIConnectPlan", "connectionPlan")));
    }

    /**
     * Connects through a link: a link string (Connect, in the active user), the result of
     * {@code link.plan}, a Link or an Address (APIConnect with the prepared link). Resolves to the response
     * ({@code sentConfirmation}, {@code sentInvitation} or {@code contactAlreadyExists}).
     */
    @Export
    public CompletableFuture<Object> connect(Object link) {
        CompletableFuture<JsonNode> resp;
        if (link instanceof CharSequence text) {
            resp = session.run("Connect", Args.params().put("incognito", false).put("connLink_", text.toString()));
        } else {
            ObjectNode params = Args.params().put("incognito", false);
            params.set("preparedLink_", prepared(link));
            resp = session.runForUser("APIConnect", params);
        }
        return Futures.script(resp, r -> Plain.map(expect(r, "connect", "sentConfirmation", "sentInvitation", "contactAlreadyExists")));
    }

    private static ObjectNode prepared(Object link) {
        if (link instanceof Link l) return connLink(l.fullLink, l.shortLink);
        if (link instanceof Address a) return connLink(a.fullLink, a.shortLink);
        if (link instanceof Map<?, ?> map) {
            ObjectNode json = Args.object("link.connect: link", map);
            if (json.path("connLink").isObject()) return (ObjectNode) json.get("connLink");
            if (json.path("connFullLink").isString()) return json;
        }
        throw new ApiArgumentException("link.connect: link must be a link string, the result of link.plan(...), a Link or an Address, got " + Args.describe(link));
    }

    private static ObjectNode connLink(String full, String shortLink) {
        ObjectNode out = Args.params().put("connFullLink", full);
        if (shortLink != null) out.put("connShortLink", shortLink);
        return out;
    }

    private Link groupLink(JsonNode resp) {
        JsonNode groupLink = resp.path("groupLink");
        return actions.link(groupLink.path("connLinkContact"), Plain.text(groupLink.path("acceptMemberRole")),
                actions.group(resp.path("groupInfo")), groupLink);
    }
}
