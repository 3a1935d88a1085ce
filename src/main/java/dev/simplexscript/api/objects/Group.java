package dev.simplexscript.api.objects;

import dev.simplexscript.api.values.ChatRefs;
import dev.simplexscript.api.values.Plain;
import dev.simplexscript.api.values.Ref;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.graalvm.polyglot.HostAccess.Export;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A group, business chats included (PROTOCOL.md §7.6 GroupInfo). */
public final class Group implements Ref {
    /** {@code groupId}. */
    @Export public final long id;
    /** The locally unique name ({@code localDisplayName}). */
    @Export public final String name;
    @Export public final String displayName;
    @Export public final String fullName;
    @Export public final String description;
    /** The chat reference, {@code #<id>}. */
    @Export public final String ref;
    /** {@code "group"}: what kind of chat this is, beside a contact's {@code "direct"} (the ChatType). */
    @Export public final String type = "group";
    /** The group profile (GroupProfile). */
    @Export public final Map<String, Object> profile;
    /** The bot's own membership; {@code membership.role} is its role. */
    @Export public final Member membership;
    /** Current member count when the core reports it, else null. */
    @Export public final Long memberCount;
    @Export public final Map<String, Object> raw;
    private final ChatActions actions;

    Group(JsonNode groupInfo, ChatActions actions) {
        JsonNode profileJson = groupInfo.path("groupProfile");
        this.id = groupInfo.path("groupId").asLong();
        this.name = Plain.text(groupInfo.path("localDisplayName"));
        this.displayName = Plain.text(profileJson.path("displayName"));
        this.fullName = Plain.text(profileJson.path("fullName"));
        this.description = Plain.text(profileJson.path("description"));
        this.ref = "#" + id;
        this.profile = Plain.map(profileJson);
        this.membership = groupInfo.path("membership").isObject() ? new Member(groupInfo.path("membership"), this) : null;
        this.memberCount = Plain.number(groupInfo.path("groupSummary").path("currentMembers"));
        this.raw = Plain.map(groupInfo);
        this.actions = actions;
    }

    /** Sends a message to the group, like {@code send(group, textOrContent)}. */
    @Export
    public CompletableFuture<Object> send(Object textOrContent) {
        return send(textOrContent, null);
    }

    @Export
    public CompletableFuture<Object> send(Object textOrContent, Object options) {
        return actions.send("group.send", refChat(), textOrContent, options);
    }

    @Override
    public Long refId(Kind kind) {
        return kind == Kind.GROUP ? id : null;
    }

    @Override
    public ObjectNode refChat() {
        return ChatRefs.group(id);
    }

    @Override
    public String toString() {
        return ref + " " + name;
    }
}
