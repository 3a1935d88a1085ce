package dev.simplexscript.sim.world;

/** {@code GroupMemberRole}, ordered low to high as the core compares them. */
public enum Role {
    OBSERVER, AUTHOR, MEMBER, MODERATOR, ADMIN, OWNER;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Role of(String wire) {
        return valueOf(wire.toUpperCase(java.util.Locale.ROOT));
    }

    public boolean atLeast(Role other) {
        return compareTo(other) >= 0;
    }
}
