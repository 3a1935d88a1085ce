package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Optional (null when absent): timedMessages, fullDelete, reactions, voice, files, calls,
 * sessions, commands.
 */
@Wire
public record Preferences(
        TimedMessagesPreference timedMessages, SimplePreference fullDelete, SimplePreference reactions,
        SimplePreference voice, SimplePreference files, SimplePreference calls, SimplePreference sessions,
        List<ChatBotCommand> commands, @Extra Map<String, JsonNode> extra) {
    public Preferences(TimedMessagesPreference timedMessages, SimplePreference fullDelete, SimplePreference reactions,
            SimplePreference voice, SimplePreference files, SimplePreference calls, SimplePreference sessions,
            List<ChatBotCommand> commands) {
        this(timedMessages, fullDelete, reactions, voice, files, calls, sessions, commands, Map.of());
    }
}
