package dev.simplexscript.api.objects;

import dev.simplexscript.api.values.Plain;
import dev.simplexscript.api.values.Ref;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.graalvm.polyglot.HostAccess.Export;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** An invitation of the bot into a group ({@code receivedGroupInvitation}). */
public final class GroupInvite implements Ref {
    @Export public final Group group;
    /** The contact who invited the bot. */
    @Export public final Contact from;
    /** The role offered to the bot. */
    @Export public final String role;
    /** The inviter's role in the group. */
    @Export public final String fromRole;
    @Export public final Map<String, Object> raw;
    private final ChatActions actions;

    GroupInvite(JsonNode event, ChatActions actions) {
        this.group = new Group(event.path("groupInfo"), actions);
        this.from = event.path("contact").isObject() ? new Contact(event.path("contact"), actions) : null;
        this.role = Plain.text(event.path("memberRole"));
        this.fromRole = Plain.text(event.path("fromMemberRole"));
        this.raw = Plain.map(event);
        this.actions = actions;
    }

    /** Joins the group; resolves to the Group. */
    @Export
    public CompletableFuture<Object> join() {
        return actions.join(group.id);
    }

    @Override
    public Long refId(Kind kind) {
        return group.refId(kind);
    }

    @Override
    public ObjectNode refChat() {
        return group.refChat();
    }

    @Override
    public String toString() {
        return "invitation to " + group + " from " + from;
    }
}
