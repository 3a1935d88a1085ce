package dev.simplexscript.protocol.command;

/**
 * A member's connection details ({@code /_info #1 5}); answer {@code groupMemberInfo}. Not in COMMANDS.md; shipped cores parse it ({@link Commands#SHIPPED}).
 */
public record APIGroupMemberInfo(long groupId, long groupMemberId) implements ChatCommand {}
