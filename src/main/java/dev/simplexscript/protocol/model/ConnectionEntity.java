package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Union;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@Union
public sealed interface ConnectionEntity {
    /** Optional (null when absent): contact. */
    @JsonTypeName("rcvDirectMsgConnection")
    record RcvDirectMsgConnection(Connection entityConnection, Contact contact, @Extra Map<String, JsonNode> extra)
            implements ConnectionEntity {}

    @JsonTypeName("rcvGroupMsgConnection")
    record RcvGroupMsgConnection(
            Connection entityConnection, GroupInfo groupInfo, GroupMember groupMember,
            @Extra Map<String, JsonNode> extra) implements ConnectionEntity {}

    @JsonTypeName("userContactConnection")
    record UserContactConnection(
            Connection entityConnection, UserContact userContact, @Extra Map<String, JsonNode> extra)
            implements ConnectionEntity {}

    /** A tag this version does not know, kept as received so nothing is lost. */
    record Unknown(String type, JsonNode raw) implements ConnectionEntity, UnknownVariant {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Unknown of(ObjectNode raw) {
            return new Unknown(UnknownVariant.tagOf(raw), raw);
        }
    }
}
