package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Group preferences with their effective values; keys differ between versions, so all are
 * nullable.
 * Optional (null when absent): timedMessages, directMessages, fullDelete, reactions, voice, files,
 * simplexLinks, reports, history, sessions, commands.
 */
@Wire
public record FullGroupPreferences(
        TimedMessagesGroupPreference timedMessages, RoleGroupPreference directMessages, GroupPreference fullDelete,
        GroupPreference reactions, RoleGroupPreference voice, RoleGroupPreference files,
        RoleGroupPreference simplexLinks, GroupPreference reports, GroupPreference history,
        RoleGroupPreference sessions, List<ChatBotCommand> commands, @Extra Map<String, JsonNode> extra) {}
