package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Union;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@Union
public sealed interface CIStatus {
    @JsonTypeName("sndNew")
    record SndNew(@Extra Map<String, JsonNode> extra) implements CIStatus {
        public SndNew() { this(Map.of()); }
    }

    @JsonTypeName("sndSent")
    record SndSent(SndCIStatusProgress sndProgress, @Extra Map<String, JsonNode> extra) implements CIStatus {}

    @JsonTypeName("sndRcvd")
    record SndRcvd(MsgReceiptStatus msgRcptStatus, SndCIStatusProgress sndProgress, @Extra Map<String, JsonNode> extra)
            implements CIStatus {}

    @JsonTypeName("sndErrorAuth")
    record SndErrorAuth(@Extra Map<String, JsonNode> extra) implements CIStatus {
        public SndErrorAuth() { this(Map.of()); }
    }

    @JsonTypeName("sndError")
    record SndError(dev.simplexscript.protocol.model.SndError agentError, @Extra Map<String, JsonNode> extra)
            implements CIStatus {}

    @JsonTypeName("sndWarning")
    record SndWarning(dev.simplexscript.protocol.model.SndError agentError, @Extra Map<String, JsonNode> extra)
            implements CIStatus {}

    @JsonTypeName("rcvNew")
    record RcvNew(@Extra Map<String, JsonNode> extra) implements CIStatus {
        public RcvNew() { this(Map.of()); }
    }

    @JsonTypeName("rcvRead")
    record RcvRead(@Extra Map<String, JsonNode> extra) implements CIStatus {
        public RcvRead() { this(Map.of()); }
    }

    @JsonTypeName("invalid")
    record Invalid(String text, @Extra Map<String, JsonNode> extra) implements CIStatus {}

    /** A tag this version does not know, kept as received so nothing is lost. */
    record Unknown(String type, JsonNode raw) implements CIStatus, UnknownVariant {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Unknown of(ObjectNode raw) {
            return new Unknown(UnknownVariant.tagOf(raw), raw);
        }
    }
}
