package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Union;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@Union
public sealed interface RcvFileStatus {
    @JsonTypeName("new")
    record New(@Extra Map<String, JsonNode> extra) implements RcvFileStatus {
        public New() { this(Map.of()); }
    }

    @JsonTypeName("accepted")
    record Accepted(String filePath, @Extra Map<String, JsonNode> extra) implements RcvFileStatus {}

    @JsonTypeName("connected")
    record Connected(String filePath, @Extra Map<String, JsonNode> extra) implements RcvFileStatus {}

    @JsonTypeName("complete")
    record Complete(String filePath, @Extra Map<String, JsonNode> extra) implements RcvFileStatus {}

    /** Optional (null when absent): filePath_. */
    @JsonTypeName("cancelled")
    record Cancelled(String filePath_, @Extra Map<String, JsonNode> extra) implements RcvFileStatus {}

    /** A tag this version does not know, kept as received so nothing is lost. */
    record Unknown(String type, JsonNode raw) implements RcvFileStatus, UnknownVariant {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Unknown of(ObjectNode raw) {
            return new Unknown(UnknownVariant.tagOf(raw), raw);
        }
    }
}
