package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Union;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@Union
public sealed interface MsgContent {
    @JsonTypeName("text")
    record Text(String text, @Extra Map<String, JsonNode> extra) implements MsgContent {
        public Text(String text) {
            this(text, Map.of());
        }
    }

    @JsonTypeName("link")
    record Link(String text, LinkPreview preview, @Extra Map<String, JsonNode> extra) implements MsgContent {
        public Link(String text, LinkPreview preview) {
            this(text, preview, Map.of());
        }
    }

    @JsonTypeName("image")
    record Image(String text, String image, @Extra Map<String, JsonNode> extra) implements MsgContent {
        public Image(String text, String image) {
            this(text, image, Map.of());
        }
    }

    @JsonTypeName("video")
    record Video(String text, String image, int duration, @Extra Map<String, JsonNode> extra) implements MsgContent {
        public Video(String text, String image, int duration) {
            this(text, image, duration, Map.of());
        }
    }

    @JsonTypeName("voice")
    record Voice(String text, int duration, @Extra Map<String, JsonNode> extra) implements MsgContent {
        public Voice(String text, int duration) {
            this(text, duration, Map.of());
        }
    }

    @JsonTypeName("file")
    record File(String text, @Extra Map<String, JsonNode> extra) implements MsgContent {
        public File(String text) {
            this(text, Map.of());
        }
    }

    @JsonTypeName("report")
    record Report(String text, ReportReason reason, @Extra Map<String, JsonNode> extra) implements MsgContent {
        public Report(String text, ReportReason reason) {
            this(text, reason, Map.of());
        }
    }

    @JsonTypeName("chat")
    record Chat(String text, MsgChatLink chatLink, @Extra Map<String, JsonNode> extra) implements MsgContent {
        public Chat(String text, MsgChatLink chatLink) {
            this(text, chatLink, Map.of());
        }
    }

    /** A tag this version does not know, kept as received so nothing is lost. */
    record Unknown(String type, JsonNode raw) implements MsgContent, UnknownVariant {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Unknown of(ObjectNode raw) {
            return new Unknown(UnknownVariant.tagOf(raw), raw);
        }
    }
}
