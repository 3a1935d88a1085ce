package dev.simplexscript.protocol.command;

import tools.jackson.databind.JsonNode;

/**
 * Configure chat preference overrides for the contact. Network: background.
 *
 * <p>{@code /_set prefs @<contactId> <json(preferences)>}
 *
 * <p>Responses: contactPrefsUpdated, chatCmdError.
 */
public record APISetContactPrefs(long contactId, JsonNode preferences) implements ChatCommand {}
