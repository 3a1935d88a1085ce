package dev.simplexscript.sim.json;

/** Which core release's JSON shapes to imitate (PROTOCOL.md §9). */
public enum ApiVersion {
    /** v6.4.x: {@code connStatus} strings, {@code groupsList} of {@code GroupInfoSummary}, no relay fields. */
    V6_4,
    /** v6.5.x: {@code connStatus} objects, {@code groupsList} of {@code GroupInfo}, {@code userChatRelay}, {@code useRelays}, {@code groupSummary}, {@code hasLink}. */
    V6_5
}
