package dev.simplexscript.protocol.command;

import tools.jackson.databind.JsonNode;

/**
 * Connect via prepared SimpleX link. The link can be 1-time invitation link, contact address or
 * group link. Network: interactive.
 *
 * <p>{@code /_connect <userId>[ <str(preparedLink_)>]}
 *
 * <p>Responses: sentConfirmation, contactAlreadyExists, sentInvitation, chatCmdError.
 */
public record APIConnect(
        long userId,
        boolean incognito,
        JsonNode preparedLink_) implements ChatCommand {}
