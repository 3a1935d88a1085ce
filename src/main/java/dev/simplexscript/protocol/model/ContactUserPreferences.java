package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Optional (null when absent): sessions, commands. */
@Wire
public record ContactUserPreferences(
        ContactUserPreference timedMessages, ContactUserPreference fullDelete, ContactUserPreference reactions,
        ContactUserPreference voice, ContactUserPreference files, ContactUserPreference calls,
        ContactUserPreference sessions, List<ChatBotCommand> commands, @Extra Map<String, JsonNode> extra) {}
