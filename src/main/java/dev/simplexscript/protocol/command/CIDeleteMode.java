package dev.simplexscript.protocol.command;

import com.fasterxml.jackson.annotation.JsonValue;

/** How {@link APIDeleteChatItem} deletes: for everyone, only here, or only marked deleted here. */
public enum CIDeleteMode {
    BROADCAST("broadcast"), INTERNAL("internal"), INTERNAL_MARK("internalMark");

    private final String wire;

    CIDeleteMode(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    /** The mode with this wire spelling, or null when there is none. */
    public static CIDeleteMode of(String wire) {
        for (CIDeleteMode m : values()) {
            if (m.wire.equals(wire)) return m;
        }
        return null;
    }
}
