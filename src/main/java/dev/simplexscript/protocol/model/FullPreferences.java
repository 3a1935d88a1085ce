package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * All preferences with their effective values (older cores omit some keys, so all are nullable).
 * Optional (null when absent): timedMessages, fullDelete, reactions, voice, files, calls,
 * sessions, commands.
 */
@Wire
public record FullPreferences(
        TimedMessagesPreference timedMessages, SimplePreference fullDelete, SimplePreference reactions,
        SimplePreference voice, SimplePreference files, SimplePreference calls, SimplePreference sessions,
        List<ChatBotCommand> commands, @Extra Map<String, JsonNode> extra) {}
