package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Union;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@Union
public sealed interface MsgErrorType {
    @JsonTypeName("msgSkipped")
    record MsgSkipped(long fromMsgId, long toMsgId, @Extra Map<String, JsonNode> extra) implements MsgErrorType {}

    @JsonTypeName("msgBadId")
    record MsgBadId(long msgId, @Extra Map<String, JsonNode> extra) implements MsgErrorType {}

    @JsonTypeName("msgBadHash")
    record MsgBadHash(@Extra Map<String, JsonNode> extra) implements MsgErrorType {
        public MsgBadHash() { this(Map.of()); }
    }

    @JsonTypeName("msgDuplicate")
    record MsgDuplicate(@Extra Map<String, JsonNode> extra) implements MsgErrorType {
        public MsgDuplicate() { this(Map.of()); }
    }

    /** A tag this version does not know, kept as received so nothing is lost. */
    record Unknown(String type, JsonNode raw) implements MsgErrorType, UnknownVariant {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Unknown of(ObjectNode raw) {
            return new Unknown(UnknownVariant.tagOf(raw), raw);
        }
    }
}
