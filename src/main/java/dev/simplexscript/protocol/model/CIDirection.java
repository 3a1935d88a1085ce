package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Union;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@Union
public sealed interface CIDirection {
    @JsonTypeName("directSnd")
    record DirectSnd(@Extra Map<String, JsonNode> extra) implements CIDirection {
        public DirectSnd() { this(Map.of()); }
    }

    @JsonTypeName("directRcv")
    record DirectRcv(@Extra Map<String, JsonNode> extra) implements CIDirection {
        public DirectRcv() { this(Map.of()); }
    }

    @JsonTypeName("groupSnd")
    record GroupSnd(@Extra Map<String, JsonNode> extra) implements CIDirection {
        public GroupSnd() { this(Map.of()); }
    }

    /** Optional (null when absent): groupMember. */
    @JsonTypeName("groupRcv")
    record GroupRcv(GroupMember groupMember, @Extra Map<String, JsonNode> extra) implements CIDirection {}

    @JsonTypeName("localSnd")
    record LocalSnd(@Extra Map<String, JsonNode> extra) implements CIDirection {
        public LocalSnd() { this(Map.of()); }
    }

    @JsonTypeName("localRcv")
    record LocalRcv(@Extra Map<String, JsonNode> extra) implements CIDirection {
        public LocalRcv() { this(Map.of()); }
    }

    /** A tag this version does not know, kept as received so nothing is lost. */
    record Unknown(String type, JsonNode raw) implements CIDirection, UnknownVariant {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Unknown of(ObjectNode raw) {
            return new Unknown(UnknownVariant.tagOf(raw), raw);
        }
    }
}
