package dev.simplexscript.protocol.command;

import com.fasterxml.jackson.annotation.JsonValue;

/** A member role as COMMANDS.md spells it, lowest to highest ({@code author}: see docs/core-quirks.md). */
public enum GroupMemberRole {
    OBSERVER, AUTHOR, MEMBER, MODERATOR, ADMIN, OWNER;

    /** The wire spelling, e.g. {@code "moderator"}. */
    @JsonValue
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The role with this wire spelling, or null when there is none. */
    public static GroupMemberRole of(String wire) {
        for (GroupMemberRole r : values()) {
            if (r.wire().equals(wire)) return r;
        }
        return null;
    }
}
