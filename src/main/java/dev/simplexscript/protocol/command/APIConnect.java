package dev.simplexscript.protocol.command;

import dev.simplexscript.protocol.model.CreatedConnLink;
import dev.simplexscript.protocol.model.jackson.Wire;

/**
 * Connect via prepared SimpleX link. The link can be 1-time invitation link, contact address or
 * group link. Network: interactive.
 *
 * <p>{@code /_connect <userId>[ <str(preparedLink_)>]}
 *
 * <p>Responses: sentConfirmation, contactAlreadyExists, sentInvitation, chatCmdError.
 */
@Wire
public record APIConnect(
        long userId,
        boolean incognito,
        CreatedConnLink preparedLink_) implements ChatCommand {}
