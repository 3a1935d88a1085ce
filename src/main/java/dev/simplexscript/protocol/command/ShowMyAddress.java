package dev.simplexscript.protocol.command;

/**
 * The active user's address ({@code /show_address}); answer {@code userContactLink}. Not in COMMANDS.md; shipped cores parse it ({@link Commands#SHIPPED}).
 */
public record ShowMyAddress() implements ChatCommand {}
