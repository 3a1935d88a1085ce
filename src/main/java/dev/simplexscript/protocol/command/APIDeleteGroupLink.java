package dev.simplexscript.protocol.command;

import dev.simplexscript.protocol.model.jackson.Wire;

/**
 * Delete group link. Network: background.
 *
 * <p>{@code /_delete link #<groupId>}
 *
 * <p>Responses: groupLinkDeleted, chatCmdError.
 */
@Wire
public record APIDeleteGroupLink(long groupId) implements ChatCommand {}
