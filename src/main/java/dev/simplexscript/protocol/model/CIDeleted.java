package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Union;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@Union
public sealed interface CIDeleted {
    /** Optional (null when absent): deletedTs. */
    @JsonTypeName("deleted")
    record Deleted(String deletedTs, ChatType chatType, @Extra Map<String, JsonNode> extra) implements CIDeleted {}

    /** Optional (null when absent): deletedTs. */
    @JsonTypeName("blocked")
    record Blocked(String deletedTs, @Extra Map<String, JsonNode> extra) implements CIDeleted {}

    /** Optional (null when absent): deletedTs. */
    @JsonTypeName("blockedByAdmin")
    record BlockedByAdmin(String deletedTs, @Extra Map<String, JsonNode> extra) implements CIDeleted {}

    /** Optional (null when absent): deletedTs. */
    @JsonTypeName("moderated")
    record Moderated(String deletedTs, GroupMember byGroupMember, @Extra Map<String, JsonNode> extra)
            implements CIDeleted {}

    /** A tag this version does not know, kept as received so nothing is lost. */
    record Unknown(String type, JsonNode raw) implements CIDeleted, UnknownVariant {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Unknown of(ObjectNode raw) {
            return new Unknown(UnknownVariant.tagOf(raw), raw);
        }
    }
}
