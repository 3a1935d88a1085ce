package dev.simplexscript.sim.world;

/** Which chat something belongs to: a direct chat with a contact, or a group. */
public record ChatKey(boolean group, long id) {
    public static ChatKey direct(long contactId) {
        return new ChatKey(false, contactId);
    }

    public static ChatKey group(long groupId) {
        return new ChatKey(true, groupId);
    }

    /** The {@code ChatRef} string form, {@code @12} or {@code #5}. */
    @Override
    public String toString() {
        return (group ? "#" : "@") + id;
    }
}
