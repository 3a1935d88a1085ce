package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Union;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@Union
public sealed interface CIFileStatus {
    @JsonTypeName("sndStored")
    record SndStored(@Extra Map<String, JsonNode> extra) implements CIFileStatus {
        public SndStored() { this(Map.of()); }
    }

    @JsonTypeName("sndTransfer")
    record SndTransfer(long sndProgress, long sndTotal, @Extra Map<String, JsonNode> extra) implements CIFileStatus {}

    @JsonTypeName("sndCancelled")
    record SndCancelled(@Extra Map<String, JsonNode> extra) implements CIFileStatus {
        public SndCancelled() { this(Map.of()); }
    }

    @JsonTypeName("sndComplete")
    record SndComplete(@Extra Map<String, JsonNode> extra) implements CIFileStatus {
        public SndComplete() { this(Map.of()); }
    }

    @JsonTypeName("sndError")
    record SndError(FileError sndFileError, @Extra Map<String, JsonNode> extra) implements CIFileStatus {}

    @JsonTypeName("sndWarning")
    record SndWarning(FileError sndFileError, @Extra Map<String, JsonNode> extra) implements CIFileStatus {}

    @JsonTypeName("rcvInvitation")
    record RcvInvitation(@Extra Map<String, JsonNode> extra) implements CIFileStatus {
        public RcvInvitation() { this(Map.of()); }
    }

    @JsonTypeName("rcvAccepted")
    record RcvAccepted(@Extra Map<String, JsonNode> extra) implements CIFileStatus {
        public RcvAccepted() { this(Map.of()); }
    }

    @JsonTypeName("rcvTransfer")
    record RcvTransfer(long rcvProgress, long rcvTotal, @Extra Map<String, JsonNode> extra) implements CIFileStatus {}

    @JsonTypeName("rcvAborted")
    record RcvAborted(@Extra Map<String, JsonNode> extra) implements CIFileStatus {
        public RcvAborted() { this(Map.of()); }
    }

    @JsonTypeName("rcvComplete")
    record RcvComplete(@Extra Map<String, JsonNode> extra) implements CIFileStatus {
        public RcvComplete() { this(Map.of()); }
    }

    @JsonTypeName("rcvCancelled")
    record RcvCancelled(@Extra Map<String, JsonNode> extra) implements CIFileStatus {
        public RcvCancelled() { this(Map.of()); }
    }

    @JsonTypeName("rcvError")
    record RcvError(FileError rcvFileError, @Extra Map<String, JsonNode> extra) implements CIFileStatus {}

    @JsonTypeName("rcvWarning")
    record RcvWarning(FileError rcvFileError, @Extra Map<String, JsonNode> extra) implements CIFileStatus {}

    @JsonTypeName("invalid")
    record Invalid(String text, @Extra Map<String, JsonNode> extra) implements CIFileStatus {}

    /** A tag this version does not know, kept as received so nothing is lost. */
    record Unknown(String type, JsonNode raw) implements CIFileStatus, UnknownVariant {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Unknown of(ObjectNode raw) {
            return new Unknown(UnknownVariant.tagOf(raw), raw);
        }
    }
}
