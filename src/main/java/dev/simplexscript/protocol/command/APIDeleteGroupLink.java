package dev.simplexscript.protocol.command;

/**
 * Delete group link. Network: background.
 *
 * <p>{@code /_delete link #<groupId>}
 *
 * <p>Responses: groupLinkDeleted, chatCmdError.
 */
public record APIDeleteGroupLink(long groupId) implements ChatCommand {}
