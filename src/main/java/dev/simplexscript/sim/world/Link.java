package dev.simplexscript.sim.world;

/**
 * A connection link the world handed out ({@code CreatedConnLink}): a full and a short form, and
 * what it leads to. {@code label} names a person's group for its group link.
 */
public record Link(String full, String shortLink, Kind kind, long ownerUserId, long targetId, Peer peerOwner, String label) {
    /** What using the link connects to. */
    public enum Kind { ADDRESS, INVITATION, GROUP }

    public boolean matches(String text) {
        return full.equals(text) || shortLink.equals(text);
    }

    /** Builds the two link forms the way real links look, with a deterministic key. */
    public static Link create(Kind kind, long ownerUserId, long targetId, Peer peerOwner, String label, String seed) {
        String key = Ids.linkKey(seed);
        String path = switch (kind) {
            case ADDRESS, GROUP -> "contact";
            case INVITATION -> "invitation";
        };
        String letter = switch (kind) {
            case ADDRESS -> "a";
            case INVITATION -> "i";
            case GROUP -> "g";
        };
        String full = "https://simplex.chat/" + path + "#/?v=2-7&smp=smp%3A%2F%2Fsim%40smp.simulated.invalid%2F" + key;
        return new Link(full, "https://smp.simulated.invalid/" + letter + "#" + key, kind, ownerUserId, targetId, peerOwner, label);
    }
}
