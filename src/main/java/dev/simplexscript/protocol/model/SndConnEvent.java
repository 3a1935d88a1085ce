package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Union;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@Union
public sealed interface SndConnEvent {
    /** Optional (null when absent): member. */
    @JsonTypeName("switchQueue")
    record SwitchQueue(SwitchPhase phase, GroupMemberRef member, @Extra Map<String, JsonNode> extra)
            implements SndConnEvent {}

    /** Optional (null when absent): member. */
    @JsonTypeName("ratchetSync")
    record RatchetSync(RatchetSyncState syncStatus, GroupMemberRef member, @Extra Map<String, JsonNode> extra)
            implements SndConnEvent {}

    @JsonTypeName("pqEnabled")
    record PqEnabled(boolean enabled, @Extra Map<String, JsonNode> extra) implements SndConnEvent {}

    /** A tag this version does not know, kept as received so nothing is lost. */
    record Unknown(String type, JsonNode raw) implements SndConnEvent, UnknownVariant {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Unknown of(ObjectNode raw) {
            return new Unknown(UnknownVariant.tagOf(raw), raw);
        }
    }
}
