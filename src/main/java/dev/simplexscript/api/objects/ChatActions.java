package dev.simplexscript.api.objects;

import static dev.simplexscript.api.session.CoreSession.expect;

import dev.simplexscript.api.session.CoreSession;
import dev.simplexscript.api.session.Futures;
import dev.simplexscript.api.session.UnexpectedResponseException;
import dev.simplexscript.api.values.Args;
import dev.simplexscript.api.values.Composer;
import dev.simplexscript.api.values.Plain;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The commands both the objects' own methods ({@code msg.reply()}, {@code file.receive()}, ...)
 * and the global nouns use, each written once, and the wrapping of JSON into objects.
 */
public final class ChatActions {
    private static final String[] RECEIVE_OPTIONS = {"approvedRelays", "encrypt", "inline", "path"};
    /**
     * The actions of the script whose guest code runs on this thread. Objects of a core event are
     * made once and shared by every script, so their methods ({@code msg.reply()}, ...) act
     * through the calling script's session, and so through that script's own line to the core.
     */
    private static final ScopedValue<ChatActions> CALLER = ScopedValue.newInstance();
    private final CoreSession session;

    public ChatActions(CoreSession session) {
        this.session = session;
    }

    /** The session commands go through: the calling script's (see {@link #actAs}), else this one's. */
    public CoreSession session() {
        return CALLER.isBound() ? CALLER.get().session : session;
    }

    /** Runs {@code body} (a script's guest code) with these actions as the caller's. */
    public void actAs(Runnable body) {
        ScopedValue.where(CALLER, this).run(body);
    }

    /** APISendMessages of one message; resolves to the sent Message. */
    public CompletableFuture<Object> send(String what, ObjectNode chatRef, Object textOrContent, Object options) {
        Composer.Outgoing out = Composer.compose(what, textOrContent, options);
        ObjectNode params = Args.params();
        params.set("sendRef", chatRef);
        params.put("liveMessage", out.live());
        if (out.ttl() != null) params.put("ttl", out.ttl());
        params.set("composedMessages", out.composedMessages());
        return Futures.script(session().run("APISendMessages", params), resp -> {
            List<Message> sent = messages(expect(resp, "APISendMessages", "newChatItems").path("chatItems"));
            if (sent.isEmpty()) throw new UnexpectedResponseException("APISendMessages: the core reported no sent message");
            return sent.getFirst();
        });
    }

    /** APIUpdateChatItem; resolves to the updated Message. */
    public CompletableFuture<Object> update(ObjectNode chatRef, long itemId, ObjectNode updatedMessage, boolean live) {
        ObjectNode params = Args.params().put("chatItemId", itemId).put("liveMessage", live);
        params.set("chatRef", chatRef);
        params.set("updatedMessage", updatedMessage);
        return Futures.script(session().run("APIUpdateChatItem", params),
                resp -> message(expect(resp, "APIUpdateChatItem", "chatItemUpdated", "chatItemNotChanged").path("chatItem")));
    }

    /** APIDeleteChatItem; resolves to the response (its {@code chatItemDeletions}). */
    public CompletableFuture<Object> deleteItems(ObjectNode chatRef, List<Long> itemIds, String mode) {
        ObjectNode params = Args.params().put("deleteMode", mode);
        params.set("chatRef", chatRef);
        params.set("chatItemIds", Args.idArray(itemIds));
        return Futures.script(session().run("APIDeleteChatItem", params), resp -> Plain.map(expect(resp, "APIDeleteChatItem", "chatItemsDeleted")));
    }

    /** APIDeleteMemberChatItem (moderation); resolves to the response. */
    public CompletableFuture<Object> deleteMemberItems(long groupId, List<Long> itemIds) {
        ObjectNode params = Args.params().put("groupId", groupId);
        params.set("chatItemIds", Args.idArray(itemIds));
        return Futures.script(session().run("APIDeleteMemberChatItem", params),
                resp -> Plain.map(expect(resp, "APIDeleteMemberChatItem", "chatItemsDeleted")));
    }

    /** APIChatItemReaction; resolves to the Reaction. */
    public CompletableFuture<Object> react(ObjectNode chatRef, long itemId, boolean add, JsonNode reaction) {
        ObjectNode params = Args.params().put("chatItemId", itemId).put("add", add);
        params.set("chatRef", chatRef);
        params.set("reaction", reaction);
        return Futures.script(session().run("APIChatItemReaction", params),
                resp -> new Reaction(expect(resp, "APIChatItemReaction", "chatItemReaction"), this));
    }

    /**
     * ReceiveFile. Relays are approved by default, as the official library does: without it files
     * from servers outside the core's configuration fail with {@code fileNotApproved}. Resolves to
     * the file's Message, or null when the sender cancelled the file meanwhile.
     */
    public CompletableFuture<Object> receiveFile(String what, long fileId, Object optionsValue) {
        Map<String, Object> options = Args.options(what + " options", optionsValue, RECEIVE_OPTIONS);
        ObjectNode params = Args.params().put("fileId", fileId)
                .put("userApprovedRelays", Args.bool(what + " option approvedRelays", options.get("approvedRelays"), true));
        if (options.get("encrypt") != null) params.put("storeEncrypted", Args.bool(what + " option encrypt", options.get("encrypt"), false));
        if (options.get("inline") != null) params.put("fileInline", Args.bool(what + " option inline", options.get("inline"), false));
        if (options.get("path") != null) params.put("filePath", Args.text(what + " option path", options.get("path")));
        return Futures.script(session().run("ReceiveFile", params), resp -> {
            JsonNode accepted = expect(resp, "ReceiveFile", "rcvFileAccepted", "rcvFileAcceptedSndCancelled");
            return accepted.path("chatItem").isObject() ? message(accepted.path("chatItem")) : null;
        });
    }

    /** CancelFile; resolves to the response. */
    public CompletableFuture<Object> cancelFile(long fileId) {
        return Futures.script(session().run("CancelFile", Args.params().put("fileId", fileId)),
                resp -> Plain.map(expect(resp, "CancelFile", "sndFileCancelled", "rcvFileCancelled")));
    }

    /** APIAcceptContact; resolves to the new Contact. */
    public CompletableFuture<Object> acceptRequest(long requestId) {
        return Futures.script(session().run("APIAcceptContact", Args.params().put("contactReqId", requestId)),
                resp -> new Contact(expect(resp, "APIAcceptContact", "acceptingContactRequest").path("contact"), this));
    }

    /** APIRejectContact; resolves to the response. */
    public CompletableFuture<Object> rejectRequest(long requestId) {
        return Futures.script(session().run("APIRejectContact", Args.params().put("contactReqId", requestId)),
                resp -> Plain.map(expect(resp, "APIRejectContact", "contactRequestRejected")));
    }

    /** APIJoinGroup; resolves to the Group. */
    public CompletableFuture<Object> join(long groupId) {
        return Futures.script(session().run("APIJoinGroup", Args.params().put("groupId", groupId)),
                resp -> new Group(expect(resp, "APIJoinGroup", "userAcceptedGroupSent").path("groupInfo"), this));
    }

    /**
     * APIDeleteChat. {@code mode}: {@code 'full'} (the default: contact and conversation),
     * {@code 'entity'} (keep the conversation), {@code 'messages'}, or {@code {type, notify}}.
     */
    public CompletableFuture<Object> deleteChat(String what, ObjectNode chatRef, Object mode) {
        ObjectNode params = Args.params();
        params.set("chatRef", chatRef);
        params.set("chatDeleteMode", mode == null ? Args.params().put("type", "full")
                : mode instanceof Map<?, ?> ? Args.object(what + ": mode", mode)
                : Args.params().put("type", Args.text(what + ": mode", mode)));
        return Futures.script(session().run("APIDeleteChat", params),
                resp -> Plain.map(expect(resp, "APIDeleteChat", "contactDeleted", "contactConnectionDeleted", "groupDeletedUser")));
    }

    // Wrapping JSON into objects, for the nouns and the event wrapper.

    public Contact contact(JsonNode contact) {
        return new Contact(contact, this);
    }

    public Group group(JsonNode groupInfo) {
        return new Group(groupInfo, this);
    }

    public Member member(JsonNode member, Group group) {
        return new Member(member, group);
    }

    public Message message(JsonNode aChatItem) {
        return new Message(aChatItem, this);
    }

    public List<Message> messages(JsonNode aChatItems) {
        List<Message> out = new ArrayList<>();
        for (JsonNode item : aChatItems) out.add(message(item));
        return out;
    }

    public ContactRequest contactRequest(JsonNode request) {
        return new ContactRequest(request, this);
    }

    public GroupInvite groupInvite(JsonNode event) {
        return new GroupInvite(event, this);
    }

    public Reaction reaction(JsonNode event) {
        return new Reaction(event, this);
    }

    public Address address(JsonNode connLink, JsonNode contactLink) {
        return new Address(connLink, contactLink);
    }

    public Link link(JsonNode connLink, String role, Group group, JsonNode raw) {
        return new Link(connLink, role, group, raw);
    }

    /** The Contact or Group of a ChatInfo; null for chat kinds scripts do not get objects for. */
    Object chat(JsonNode chatInfo) {
        return switch (chatInfo.path("type").asString("")) {
            case "direct" -> contact(chatInfo.path("contact"));
            case "group" -> group(chatInfo.path("groupInfo"));
            default -> null;
        };
    }

    /** Who a CIDirection says wrote or reacted: the contact, the group member, or null for the bot. */
    static Object sender(JsonNode chatDir, Object chat) {
        return switch (chatDir.path("type").asString("")) {
            case "directRcv" -> chat;
            case "groupRcv" -> chatDir.path("groupMember").isObject() && chat instanceof Group g ? new Member(chatDir.path("groupMember"), g) : null;
            default -> null;
        };
    }
}
