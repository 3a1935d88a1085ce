package dev.simplexscript.api.objects;

import dev.simplexscript.api.values.Plain;
import dev.simplexscript.api.values.Ref;
import java.util.Map;
import org.graalvm.polyglot.HostAccess.Export;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A member of a group (PROTOCOL.md §7.6 GroupMember). */
public final class Member implements Ref {
    /** {@code groupMemberId}, the local id commands take. */
    @Export public final long id;
    @Export public final long groupId;
    /** The group-wide base64 {@code memberId}. */
    @Export public final String memberId;
    @Export public final String name;
    @Export public final String displayName;
    /** observer, author, member, moderator, admin or owner. */
    @Export public final String role;
    @Export public final String status;
    /** The member's contact id when the bot has a direct contact with them, else null. */
    @Export public final Long contactId;
    /** The group, when the event or response carried it, else null. */
    @Export public final Group group;
    @Export public final Map<String, Object> profile;
    @Export public final Map<String, Object> raw;

    Member(JsonNode member, Group group) {
        this.id = member.path("groupMemberId").asLong();
        this.groupId = member.path("groupId").asLong();
        this.memberId = Plain.text(member.path("memberId"));
        this.name = Plain.text(member.path("localDisplayName"));
        this.displayName = Plain.text(member.path("memberProfile").path("displayName"));
        this.role = Plain.text(member.path("memberRole"));
        this.status = Plain.text(member.path("memberStatus"));
        this.contactId = Plain.number(member.path("memberContactId"));
        this.group = group;
        this.profile = Plain.map(member.path("memberProfile"));
        this.raw = Plain.map(member);
    }

    @Override
    public Long refId(Kind kind) {
        return switch (kind) {
            case MEMBER -> id;
            case GROUP -> groupId;
            case CONTACT -> contactId;
            default -> null;
        };
    }

    /** A member is not a chat: write to the group, or to the member's contact. */
    @Override
    public ObjectNode refChat() {
        return null;
    }

    @Override
    public String toString() {
        return "member " + id + " " + name + " of #" + groupId;
    }
}
