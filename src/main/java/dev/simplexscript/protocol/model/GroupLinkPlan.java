package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Union;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@Union
public sealed interface GroupLinkPlan {
    /** Optional (null when absent): groupSLinkData_, groupSLinkInfo_. */
    @JsonTypeName("ok")
    record Ok(
            GroupShortLinkData groupSLinkData_, GroupShortLinkInfo groupSLinkInfo_, @Extra Map<String, JsonNode> extra)
            implements GroupLinkPlan {}

    @JsonTypeName("ownLink")
    record OwnLink(GroupInfo groupInfo, @Extra Map<String, JsonNode> extra) implements GroupLinkPlan {}

    @JsonTypeName("connectingConfirmReconnect")
    record ConnectingConfirmReconnect(@Extra Map<String, JsonNode> extra) implements GroupLinkPlan {
        public ConnectingConfirmReconnect() { this(Map.of()); }
    }

    /** Optional (null when absent): groupInfo_. */
    @JsonTypeName("connectingProhibit")
    record ConnectingProhibit(GroupInfo groupInfo_, @Extra Map<String, JsonNode> extra) implements GroupLinkPlan {}

    @JsonTypeName("known")
    record Known(GroupInfo groupInfo, @Extra Map<String, JsonNode> extra) implements GroupLinkPlan {}

    /** A tag this version does not know, kept as received so nothing is lost. */
    record Unknown(String type, JsonNode raw) implements GroupLinkPlan, UnknownVariant {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Unknown of(ObjectNode raw) {
            return new Unknown(UnknownVariant.tagOf(raw), raw);
        }
    }
}
