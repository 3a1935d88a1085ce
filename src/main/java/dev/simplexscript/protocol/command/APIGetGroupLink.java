package dev.simplexscript.protocol.command;

/**
 * Get group link. Network: no.
 *
 * <p>{@code /_get link #<groupId>}
 *
 * <p>Responses: groupLink, chatCmdError.
 */
public record APIGetGroupLink(long groupId) implements ChatCommand {}
