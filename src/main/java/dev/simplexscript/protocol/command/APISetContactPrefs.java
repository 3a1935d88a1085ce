package dev.simplexscript.protocol.command;

import dev.simplexscript.protocol.model.Preferences;
import dev.simplexscript.protocol.model.jackson.Wire;

/**
 * Configure chat preference overrides for the contact. Network: background.
 *
 * <p>{@code /_set prefs @<contactId> <json(preferences)>}
 *
 * <p>Responses: contactPrefsUpdated, chatCmdError.
 */
@Wire
public record APISetContactPrefs(long contactId, Preferences preferences) implements ChatCommand {}
