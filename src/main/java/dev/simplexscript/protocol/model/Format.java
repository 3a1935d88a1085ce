package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Union;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@Union
public sealed interface Format {
    @JsonTypeName("bold")
    record Bold(@Extra Map<String, JsonNode> extra) implements Format {
        public Bold() { this(Map.of()); }
    }

    @JsonTypeName("italic")
    record Italic(@Extra Map<String, JsonNode> extra) implements Format {
        public Italic() { this(Map.of()); }
    }

    @JsonTypeName("strikeThrough")
    record StrikeThrough(@Extra Map<String, JsonNode> extra) implements Format {
        public StrikeThrough() { this(Map.of()); }
    }

    @JsonTypeName("snippet")
    record Snippet(@Extra Map<String, JsonNode> extra) implements Format {
        public Snippet() { this(Map.of()); }
    }

    @JsonTypeName("secret")
    record Secret(@Extra Map<String, JsonNode> extra) implements Format {
        public Secret() { this(Map.of()); }
    }

    @JsonTypeName("colored")
    record Colored(Color color, @Extra Map<String, JsonNode> extra) implements Format {}

    @JsonTypeName("uri")
    record Uri(@Extra Map<String, JsonNode> extra) implements Format {
        public Uri() { this(Map.of()); }
    }

    /** Optional (null when absent): showText. */
    @JsonTypeName("hyperLink")
    record HyperLink(String showText, String linkUri, @Extra Map<String, JsonNode> extra) implements Format {}

    /** Optional (null when absent): showText. */
    @JsonTypeName("simplexLink")
    record SimplexLink(
            String showText, SimplexLinkType linkType, String simplexUri, List<String> smpHosts,
            @Extra Map<String, JsonNode> extra) implements Format {}

    @JsonTypeName("command")
    record Command(String commandStr, @Extra Map<String, JsonNode> extra) implements Format {}

    @JsonTypeName("mention")
    record Mention(String memberName, @Extra Map<String, JsonNode> extra) implements Format {}

    @JsonTypeName("email")
    record Email(@Extra Map<String, JsonNode> extra) implements Format {
        public Email() { this(Map.of()); }
    }

    @JsonTypeName("phone")
    record Phone(@Extra Map<String, JsonNode> extra) implements Format {
        public Phone() { this(Map.of()); }
    }

    /** A tag this version does not know, kept as received so nothing is lost. */
    record Unknown(String type, JsonNode raw) implements Format, UnknownVariant {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Unknown of(ObjectNode raw) {
            return new Unknown(UnknownVariant.tagOf(raw), raw);
        }
    }
}
