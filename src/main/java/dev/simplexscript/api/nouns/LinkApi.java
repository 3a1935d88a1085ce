package dev.simplexscript.api.nouns;

import static dev.simplexscript.api.nouns.GroupApi.groupId;

import dev.simplexscript.api.objects.Address;
import dev.simplexscript.api.objects.ChatActions;
import dev.simplexscript.api.objects.Link;
import dev.simplexscript.api.session.CoreSession;
import dev.simplexscript.api.session.Futures;
import dev.simplexscript.api.values.ApiArgumentException;
import dev.simplexscript.api.values.Args;
import dev.simplexscript.api.values.Plain;
import dev.simplexscript.protocol.command.APIAddContact;
import dev.simplexscript.protocol.command.APIConnect;
import dev.simplexscript.protocol.command.APIConnectPlan;
import dev.simplexscript.protocol.command.APICreateGroupLink;
import dev.simplexscript.protocol.command.APIDeleteGroupLink;
import dev.simplexscript.protocol.command.APIGetGroupLink;
import dev.simplexscript.protocol.command.APIGroupLinkMemberRole;
import dev.simplexscript.protocol.command.Connect;
import java.util.LinkedHashMap;
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
        var command = new APICreateGroupLink(groupId("link.create", group), GroupApi.role("link.create", role));
        return Futures.script(session.run(command, "groupLinkCreated"), this::groupLink);
    }

    /** The group's link, or null when it has none. */
    @Export
    public CompletableFuture<Object> get(Object group) {
        CompletableFuture<JsonNode> resp = session.run(new APIGetGroupLink(groupId("link.get", group)), "groupLink");
        return Futures.script(Futures.nullOnChatError(resp, "groupLinkNotFound"), r -> r == null ? null : groupLink(r));
    }

    /** Changes the role people joining by the group's link get. */
    @Export
    public CompletableFuture<Object> role(Object group, Object role) {
        var command = new APIGroupLinkMemberRole(groupId("link.role", group), GroupApi.role("link.role", role));
        return Futures.script(session.run(command, "groupLink"), this::groupLink);
    }

    @Export
    public CompletableFuture<Object> delete(Object group) {
        return Futures.script(session.run(new APIDeleteGroupLink(groupId("link.delete", group)), "groupLinkDeleted"), Plain::map);
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
        boolean incognito = Args.bool("link.invitation option incognito", o.get("incognito"), false);
        return Futures.script(session.runForUser(user -> new APIAddContact(user, incognito), "invitation"),
                invitation -> actions.link(invitation.path("connLinkInvitation"), null, null, invitation));
    }

    /** What a link is and whether the bot is already connected through it; resolves to the connectionPlan response. */
    @Export
    public CompletableFuture<Object> plan(Object link) {
        String text = Args.text("link.plan: link", link);
        return Futures.script(session.runForUser(user -> new APIConnectPlan(user, text), "connectionPlan"), Plain::map);
    }

    /** Every answer PROTOCOL.md §4.1 documents for Connect and APIConnect. */
    private static final String[] CONNECT_ANSWERS = {"sentConfirmation", "sentInvitation", "contactAlreadyExists",
            "connectionPlan", "sentInvitationToContact", "startedConnectionToContact", "startedConnectionToGroup"};

    /**
     * Connects through a link: a link string (Connect, in the active user), the result of
     * {@code link.plan}, a Link or an Address (APIConnect with the prepared link). Resolves to the
     * response map, whatever documented answer it is ({@code type}), with {@code contact} as a
     * Contact and {@code group} as a Group when the answer names one.
     */
    @Export
    public CompletableFuture<Object> connect(Object link) {
        CompletableFuture<JsonNode> resp;
        if (link instanceof CharSequence text) {
            resp = session.run(new Connect(false, text.toString()), CONNECT_ANSWERS);
        } else {
            ObjectNode prepared = prepared(link);
            resp = session.runForUser(user -> new APIConnect(user, false, prepared), CONNECT_ANSWERS);
        }
        return Futures.script(resp, this::connected);
    }

    private Map<String, Object> connected(JsonNode resp) {
        Map<String, Object> out = new LinkedHashMap<>(Plain.map(resp));
        if (resp.path("contact").isObject()) out.put("contact", actions.contact(resp.get("contact")));
        if (resp.path("groupInfo").isObject()) out.put("group", actions.group(resp.get("groupInfo")));
        return out;
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
