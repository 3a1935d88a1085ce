package dev.simplexscript.protocol.command;

import dev.simplexscript.protocol.model.jackson.Wire;

/**
 * Get group link. Network: no.
 *
 * <p>{@code /_get link #<groupId>}
 *
 * <p>Responses: groupLink, chatCmdError.
 */
@Wire
public record APIGetGroupLink(long groupId) implements ChatCommand {}
