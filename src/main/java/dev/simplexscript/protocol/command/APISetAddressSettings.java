package dev.simplexscript.protocol.command;

import dev.simplexscript.protocol.model.AddressSettings;
import dev.simplexscript.protocol.model.jackson.Wire;

/**
 * Set bot address settings. Network: interactive.
 *
 * <p>{@code /_address_settings <userId> <json(settings)>}
 *
 * <p>Responses: userContactLinkUpdated, chatCmdError.
 */
@Wire
public record APISetAddressSettings(long userId, AddressSettings settings) implements ChatCommand {}
