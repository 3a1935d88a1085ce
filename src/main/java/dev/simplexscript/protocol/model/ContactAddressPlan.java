package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Union;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@Union
public sealed interface ContactAddressPlan {
    /** Optional (null when absent): contactSLinkData_. */
    @JsonTypeName("ok")
    record Ok(ContactShortLinkData contactSLinkData_, @Extra Map<String, JsonNode> extra)
            implements ContactAddressPlan {}

    @JsonTypeName("ownLink")
    record OwnLink(@Extra Map<String, JsonNode> extra) implements ContactAddressPlan {
        public OwnLink() { this(Map.of()); }
    }

    @JsonTypeName("connectingConfirmReconnect")
    record ConnectingConfirmReconnect(@Extra Map<String, JsonNode> extra) implements ContactAddressPlan {
        public ConnectingConfirmReconnect() { this(Map.of()); }
    }

    @JsonTypeName("connectingProhibit")
    record ConnectingProhibit(Contact contact, @Extra Map<String, JsonNode> extra) implements ContactAddressPlan {}

    @JsonTypeName("known")
    record Known(Contact contact, @Extra Map<String, JsonNode> extra) implements ContactAddressPlan {}

    @JsonTypeName("contactViaAddress")
    record ContactViaAddress(Contact contact, @Extra Map<String, JsonNode> extra) implements ContactAddressPlan {}

    /** A tag this version does not know, kept as received so nothing is lost. */
    record Unknown(String type, JsonNode raw) implements ContactAddressPlan, UnknownVariant {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Unknown of(ObjectNode raw) {
            return new Unknown(UnknownVariant.tagOf(raw), raw);
        }
    }
}
