package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Union;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@Union
public sealed interface RcvDirectEvent {
    @JsonTypeName("contactDeleted")
    record ContactDeleted(@Extra Map<String, JsonNode> extra) implements RcvDirectEvent {
        public ContactDeleted() { this(Map.of()); }
    }

    @JsonTypeName("profileUpdated")
    record ProfileUpdated(Profile fromProfile, Profile toProfile, @Extra Map<String, JsonNode> extra)
            implements RcvDirectEvent {}

    @JsonTypeName("groupInvLinkReceived")
    record GroupInvLinkReceived(GroupProfile groupProfile, @Extra Map<String, JsonNode> extra)
            implements RcvDirectEvent {}

    /** A tag this version does not know, kept as received so nothing is lost. */
    record Unknown(String type, JsonNode raw) implements RcvDirectEvent, UnknownVariant {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Unknown of(ObjectNode raw) {
            return new Unknown(UnknownVariant.tagOf(raw), raw);
        }
    }
}
