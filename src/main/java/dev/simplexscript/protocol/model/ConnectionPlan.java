package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Union;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** What connecting to a link would do, as answered by APIConnectPlan. */
@Union
public sealed interface ConnectionPlan {
    @JsonTypeName("invitationLink")
    record InvitationLink(InvitationLinkPlan invitationLinkPlan, @Extra Map<String, JsonNode> extra)
            implements ConnectionPlan {}

    @JsonTypeName("contactAddress")
    record ContactAddress(ContactAddressPlan contactAddressPlan, @Extra Map<String, JsonNode> extra)
            implements ConnectionPlan {}

    @JsonTypeName("groupLink")
    record GroupLink(GroupLinkPlan groupLinkPlan, @Extra Map<String, JsonNode> extra) implements ConnectionPlan {}

    @JsonTypeName("error")
    record Error(ChatError chatError, @Extra Map<String, JsonNode> extra) implements ConnectionPlan {}

    /** A tag this version does not know, kept as received so nothing is lost. */
    record Unknown(String type, JsonNode raw) implements ConnectionPlan, UnknownVariant {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Unknown of(ObjectNode raw) {
            return new Unknown(UnknownVariant.tagOf(raw), raw);
        }
    }
}
