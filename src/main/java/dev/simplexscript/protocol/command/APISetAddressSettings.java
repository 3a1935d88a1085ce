package dev.simplexscript.protocol.command;

import tools.jackson.databind.JsonNode;

/**
 * Set bot address settings. Network: interactive.
 *
 * <p>{@code /_address_settings <userId> <json(settings)>}
 *
 * <p>Responses: userContactLinkUpdated, chatCmdError.
 */
public record APISetAddressSettings(long userId, JsonNode settings) implements ChatCommand {}
