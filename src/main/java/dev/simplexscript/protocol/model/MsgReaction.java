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
public sealed interface MsgReaction {
    @JsonTypeName("emoji")
    record Emoji(String emoji, @Extra Map<String, JsonNode> extra) implements MsgReaction {
        /**
         * The emoji the core accepts, each a single code point, from {@code mrEmojiChar} in its
         * Protocol.hs (PROTOCOL.md §7.2); any other makes the whole command fail to parse.
         */
        public static final List<String> ALLOWED = List.of("👍", "👎", "😀", "😂", "😢", "❤", "🚀", "✅");

        public Emoji(String emoji) {
            this(emoji, Map.of());
        }
    }

    /** A tag this version does not know, kept as received so nothing is lost. */
    record Unknown(String type, JsonNode raw) implements MsgReaction, UnknownVariant {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Unknown of(ObjectNode raw) {
            return new Unknown(UnknownVariant.tagOf(raw), raw);
        }
    }
}
