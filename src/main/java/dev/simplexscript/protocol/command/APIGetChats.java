package dev.simplexscript.protocol.command;

/**
 * The user's chats, each with its last items ({@code /_get chats 1 pcc=on}); answer {@code apiChats}. Not in COMMANDS.md; shipped cores parse it ({@link Commands#SHIPPED}).
 */
public record APIGetChats(long userId, boolean pendingConnections) implements ChatCommand {}
