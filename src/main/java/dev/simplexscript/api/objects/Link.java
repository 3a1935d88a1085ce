package dev.simplexscript.api.objects;

import dev.simplexscript.api.values.Plain;
import java.util.Map;
import org.graalvm.polyglot.HostAccess.Export;
import tools.jackson.databind.JsonNode;

/** A group link (GroupLink) or a one-time invitation link (CreatedConnLink), PROTOCOL.md §7.4-7.6. */
public final class Link {
    /** The link to share: the short link when there is one, else the full link. */
    @Export public final String link;
    @Export public final String fullLink;
    @Export public final String shortLink;
    /** The role people joining by a group link get; null for invitations. */
    @Export public final String role;
    /** The group of a group link; null for invitations. */
    @Export public final Group group;
    @Export public final Map<String, Object> raw;

    Link(JsonNode connLink, String role, Group group, JsonNode raw) {
        this.fullLink = Plain.text(connLink.path("connFullLink"));
        this.shortLink = Plain.text(connLink.path("connShortLink"));
        this.link = shortLink != null ? shortLink : fullLink;
        this.role = role;
        this.group = group;
        this.raw = Plain.map(raw);
    }

    @Override
    public String toString() {
        return (group == null ? "invitation " : "group link of " + group.ref + " ") + link;
    }
}
