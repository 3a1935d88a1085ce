package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Union;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The bot menu shown in the apps: commands (keyword without the leading slash) and nested menus. */
@Union
public sealed interface ChatBotCommand {
    /** Optional (null when absent): params. */
    @JsonTypeName("command")
    record Command(String keyword, String label, String params, @Extra Map<String, JsonNode> extra)
            implements ChatBotCommand {
        public Command(String keyword, String label, String params) {
            this(keyword, label, params, Map.of());
        }
    }

    @JsonTypeName("menu")
    record Menu(String label, List<ChatBotCommand> commands, @Extra Map<String, JsonNode> extra)
            implements ChatBotCommand {
        public Menu(String label, List<ChatBotCommand> commands) {
            this(label, commands, Map.of());
        }
    }

    /** A tag this version does not know, kept as received so nothing is lost. */
    record Unknown(String type, JsonNode raw) implements ChatBotCommand, UnknownVariant {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Unknown of(ObjectNode raw) {
            return new Unknown(UnknownVariant.tagOf(raw), raw);
        }
    }
}
