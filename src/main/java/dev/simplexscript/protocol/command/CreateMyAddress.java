package dev.simplexscript.protocol.command;

/**
 * Creates the active user's address ({@code /address}); answer {@code userContactLinkCreated}. Not in COMMANDS.md; shipped cores parse it ({@link Commands#SHIPPED}).
 */
public record CreateMyAddress() implements ChatCommand {}
